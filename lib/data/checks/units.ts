import type { TurnoutDataset } from "../dataset";
import { UNITS_FILE, existedOn, type UnitPeriod } from "../units";
import { issue, type ValidationIssue } from "../validation-issue";

/**
 * The units table holds together: unique ids, periods that run forwards, a split-off unit names one
 * that existed before it, a created unit names its source; and every unit a turnout dataset reports
 * existed on its election day.
 */
export function checkUnits(
  units: readonly UnitPeriod[],
  sourceIds: ReadonlySet<string>,
  turnouts: readonly { dataset: TurnoutDataset; electionDate: string | undefined }[],
): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  const byId = new Map<string, UnitPeriod>();
  units.forEach((u, i) => {
    const at = (field: string) => ["units", i, field];
    if (byId.has(u.id)) out.push(issue(UNITS_FILE, at("id"), `duplicate id "${u.id}"`));
    byId.set(u.id, u);
    if (u.from && u.until && u.until < u.from)
      out.push(issue(UNITS_FILE, at("until"), `${u.until} is before its from date ${u.from}`));
    if (u.from && !u.sourceIds?.length)
      out.push(
        issue(UNITS_FILE, at("from"), "a unit created on a date needs the source that says so"),
      );
    for (const id of u.sourceIds ?? [])
      if (!sourceIds.has(id))
        out.push(
          issue(UNITS_FILE, at("sourceIds"), `unknown source "${id}"; add it to sources.json`),
        );
  });
  units.forEach((u, i) => {
    if (!u.splitFrom) return;
    const parent = byId.get(u.splitFrom);
    if (!parent)
      out.push(issue(UNITS_FILE, ["units", i, "splitFrom"], `unknown unit "${u.splitFrom}"`));
    else if (!u.from || !existedOn(parent, previousDay(u.from)))
      out.push(
        issue(
          UNITS_FILE,
          ["units", i, "splitFrom"],
          `"${u.splitFrom}" did not exist the day before "${u.id}" was created`,
        ),
      );
  });
  for (const { dataset, electionDate } of turnouts) {
    if (!electionDate) continue;
    dataset.meta.units.forEach((m, i) => {
      const u = byId.get(m.id);
      if (!u || !existedOn(u, electionDate))
        out.push(
          issue(
            dataset.metaFile,
            ["units", i, "id"],
            u
              ? `"${m.id}" did not exist on election day ${electionDate} (${UNITS_FILE})`
              : `"${m.id}" is not in ${UNITS_FILE}`,
          ),
        );
    });
  }
  return out;
}

function previousDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
