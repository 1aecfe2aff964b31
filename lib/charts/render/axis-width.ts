/**
 * Room for the interactive chart's value labels, estimated before anything is drawn:
 * recharts needs them as numbers up front. At 12 px the system sans-serif averages under 7 px a
 * character for names like these, so 7 leaves a little slack.
 */
const CHAR_PX = 7;

/** Room to leave after the end of a bar for its value label. */
export function labelRoom(labels: readonly string[]): number {
  return Math.max(0, ...labels.map((l) => l.length)) * CHAR_PX + 12;
}
