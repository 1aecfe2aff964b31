/** Calendar checks for the ISO 8601 dates, months, years and intervals used in data/. */

function isRealDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** The first and last day an ISO date, month or year covers, as YYYY-MM-DD; null when invalid. */
export function toDateRange(part: string): { start: string; end: string } | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(part);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) return { start: `${m[1]}-01-01`, end: `${m[1]}-12-31` };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] === undefined) {
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return { start: `${m[1]}-${m[2]}-01`, end: `${m[1]}-${m[2]}-${String(last).padStart(2, "0")}` };
  }
  const day = Number(m[3]);
  return isRealDate(year, month, day) ? { start: part, end: part } : null;
}

/** Parses "2022", "2022-06", "2022-11-20" or "2022-09-14/2022-09-15" into its first and last day. */
export function parsePeriod(period: string): { start: string; end: string } | null {
  const parts = period.split("/");
  if (parts.length > 2) return null;
  const first = toDateRange(parts[0] ?? "");
  const last = parts.length === 2 ? toDateRange(parts[1] ?? "") : first;
  if (!first || !last || first.start > last.end) return null;
  return { start: first.start, end: last.end };
}

export function isValidPeriod(period: string): boolean {
  return parsePeriod(period) !== null;
}
