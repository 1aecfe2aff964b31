/**
 * Text widths for the interactive chart's axes and labels, estimated before anything is drawn:
 * recharts needs them as numbers up front. At 12 px the system sans-serif averages under 7 px a
 * character for names like these, so 7 leaves a little slack.
 */
const CHAR_PX = 7;

/** What the category axis gets on a phone, and before the chart has measured itself. */
const NARROW_PX = 130;

/**
 * The width of a bar chart's name axis: enough for the longest name on one line, up to 40% of a
 * wide chart. On a phone it stays at 130 px, where long names wrap onto two lines and the bars keep
 * most of the width.
 */
export function nameAxisWidth(names: readonly string[], chartWidth: number | undefined): number {
  if (!chartWidth || chartWidth <= 0) return NARROW_PX;
  const longest = Math.max(0, ...names.map((n) => n.length));
  const wanted = longest * CHAR_PX + 16;
  return Math.max(64, Math.min(wanted, Math.max(NARROW_PX, Math.floor(chartWidth * 0.4))));
}

/** Room to leave after the end of a bar for its value label. */
export function labelRoom(labels: readonly string[]): number {
  return Math.max(0, ...labels.map((l) => l.length)) * CHAR_PX + 12;
}
