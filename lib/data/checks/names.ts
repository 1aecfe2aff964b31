import type { DataSet } from "../dataset";
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
  return issues;
}
