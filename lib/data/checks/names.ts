import type { DataSet } from "../dataset";
import { formerNameOn } from "../name-on";
import type { LocalName } from "../names-schema";
import { issue, type ValidationIssue } from "../validation-issue";

export const NAMES_FILE = "names.json";

/** Every id a dataset shows by name: the options of each election and the units of each turnout series. */
function namedIds(data: Pick<DataSet, "elections" | "turnouts">): Map<string, string> {
  const ids = new Map<string, string>();
  for (const e of data.elections)
    for (const o of e.meta.options) ids.set(o.id, `${e.metaFile} (options)`);
  for (const t of data.turnouts)
    for (const u of t.meta.units) ids.set(u.id, `${t.metaFile} (units)`);
  return ids;
}

/**
 * Each name shown has its Russian and Kazakh form (the English one is the dataset's), once, and the
 * names file holds nothing that no dataset shows.
 */
export function checkNames(
  names: readonly LocalName[],
  data: Pick<DataSet, "elections" | "turnouts">,
): ValidationIssue[] {
  const shown = namedIds(data);
  const issues: ValidationIssue[] = [];
  const seen = new Set<string>();
  names.forEach((n, i) => {
    if (seen.has(n.id))
      issues.push(issue(NAMES_FILE, ["names", i, "id"], `duplicate id "${n.id}"`));
    seen.add(n.id);
    if (!shown.has(n.id))
      issues.push(
        issue(NAMES_FILE, ["names", i, "id"], `"${n.id}" is not an option or unit of any dataset`),
      );
  });
  for (const [id, where] of shown)
    if (!seen.has(id))
      issues.push(
        issue(NAMES_FILE, "names", `no Russian and Kazakh name for "${id}", named in ${where}`),
      );
  return [...issues, ...checkFormerIds(names, seen), ...checkEnglishByDate(names, data)];
}

/** A former name's id keys catalogue words, so it may be neither a name's id nor another's. */
function checkFormerIds(names: readonly LocalName[], ids: ReadonlySet<string>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const seen = new Set<string>();
  names.forEach((n, i) =>
    n.formerly?.forEach((f, j) => {
      const at = ["names", i, "formerly", j, "id"];
      if (ids.has(f.id))
        issues.push(issue(NAMES_FILE, at, `"${f.id}" is already the id of a name in this file`));
      else if (seen.has(f.id))
        issues.push(issue(NAMES_FILE, at, `duplicate former name "${f.id}"`));
      seen.add(f.id);
    }),
  );
  return issues;
}

/**
 * A turnout series names its units in English as they were called on its vote's day: the former
 * name inside a `formerly` range, and not a former name outside it.
 */
function checkEnglishByDate(
  names: readonly LocalName[],
  data: Pick<DataSet, "elections" | "turnouts">,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const t of data.turnouts) {
    const day = data.elections.find((e) => e.meta.id === t.meta.electionId)?.meta.electionDate;
    if (day === undefined) continue;
    t.meta.units.forEach((u, i) => {
      const at = ["units", i, "name"];
      const then = formerNameOn(names, u.id, day);
      if (then && u.name !== then.en)
        issues.push(
          issue(
            t.metaFile,
            at,
            `is "${u.name}", but on ${day}, the day of its vote, the unit was called "${then.en}" (${NAMES_FILE}, formerly "${then.id}")`,
          ),
        );
      const stale = then
        ? undefined
        : names.find((n) => n.id === u.id)?.formerly?.find((f) => f.en === u.name);
      if (stale)
        issues.push(
          issue(
            t.metaFile,
            at,
            `is "${u.name}", a name the unit bore only from ${stale.from} until ${stale.until} (${NAMES_FILE}), not on ${day}, the day of its vote`,
          ),
        );
    });
  }
  return issues;
}
