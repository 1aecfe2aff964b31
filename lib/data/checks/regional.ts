import type { ElectionDataset, ElectionRevision, RegionalResults } from "../dataset";
import { UNITS_FILE, existedOn, unitsOn, type UnitPeriod } from "../units";
import { issue, type ValidationIssue } from "../validation-issue";
import { FILES } from "./references";
import { checkRegionalShares, checkRegionalSums, checkRegionalUnitTotals } from "./regional-sums";

/**
 * Rules for a regional results file (lib/data/regional-schema.ts): what it refers to exists, and it
 * adds up to the national revision it names (regional-sums.ts).
 */

/** The file is named for a revision of its own election; returns that revision. */
export function checkRegionalRevision(
  e: ElectionDataset,
  r: RegionalResults,
): { revision?: ElectionRevision; issues: ValidationIssue[] } {
  const revision = e.revisions.find((x) => x.id === r.revisionId);
  if (revision) return { revision, issues: [] };
  const ids = e.revisions.map((x) => x.id).join(", ");
  return {
    issues: [
      issue(
        r.file,
        "",
        `names revision "${r.revisionId}", which ${e.meta.id} does not have; a regional file is named for the revision it adds up to (${ids})`,
      ),
    ],
  };
}

export function checkRegionalSources(
  r: RegionalResults,
  sourceIds: ReadonlySet<string>,
): ValidationIssue[] {
  return r.sourceIds.flatMap((id, i) =>
    sourceIds.has(id)
      ? []
      : [issue(r.file, ["sourceIds", i], `unknown source "${id}"; add it to ${FILES.sources}`)],
  );
}

/** Every unit of election day appears once, and only those. */
export function checkRegionalUnits(
  r: RegionalResults,
  units: readonly UnitPeriod[],
  electionDate: string,
): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  const byId = new Map(units.map((u) => [u.id, u]));
  const seen = new Map<string, number>();
  r.units.forEach((row, i) => {
    const at = ["units", i, "unit"];
    const u = byId.get(row.unit);
    const first = seen.get(row.unit);
    if (!u) out.push(issue(r.file, at, `"${row.unit}" is not in ${UNITS_FILE}`));
    else if (!existedOn(u, electionDate))
      out.push(issue(r.file, at, `"${row.unit}" did not exist on election day ${electionDate}`));
    else if (first !== undefined)
      out.push(issue(r.file, at, `"${row.unit}" appears twice (also units[${first}])`));
    if (first === undefined) seen.set(row.unit, i);
  });
  const missing = unitsOn(units, electionDate)
    .map((u) => u.id)
    .filter((id) => !seen.has(id));
  if (missing.length)
    out.push(
      issue(
        r.file,
        "units",
        `no results for ${missing.join(", ")}: every unit of election day ${electionDate} is needed`,
      ),
    );
  return out;
}

/**
 * Each unit lists every option of the national revision once, and nothing else; a declared
 * difference names only those options, once each.
 */
export function checkRegionalOptions(
  r: RegionalResults,
  e: ElectionDataset,
  revision: ElectionRevision,
): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  const options = new Set(e.meta.options.map((o) => o.id));
  const national = new Set(revision.results.map((x) => x.option));
  const checkRows = (rows: readonly { option: string }[], path: PropertyKey[]) => {
    const seen = new Set<string>();
    rows.forEach((row, j) => {
      const at = [...path, j, "option"];
      if (!options.has(row.option))
        out.push(
          issue(
            r.file,
            at,
            `unknown option "${row.option}"; ${e.metaFile} lists ${[...options].join(", ")}`,
          ),
        );
      else if (!national.has(row.option))
        out.push(
          issue(r.file, at, `revision ${revision.id} has no national result for "${row.option}"`),
        );
      else if (seen.has(row.option)) out.push(issue(r.file, at, `"${row.option}" appears twice`));
      seen.add(row.option);
    });
    return seen;
  };
  r.units.forEach((u, i) => {
    const seen = checkRows(u.results, ["units", i, "results"]);
    const missing = [...national].filter((id) => !seen.has(id));
    if (missing.length)
      out.push(issue(r.file, ["units", i, "results"], `no result for ${missing.join(", ")}`));
  });
  if (r.declared?.results) checkRows(r.declared.results, ["declared", "results"]);
  return out;
}

/** Every rule for one regional file of an election. */
export function checkRegional(
  e: ElectionDataset,
  r: RegionalResults,
  units: readonly UnitPeriod[],
  sourceIds: ReadonlySet<string>,
): ValidationIssue[] {
  const { revision, issues } = checkRegionalRevision(e, r);
  issues.push(
    ...checkRegionalSources(r, sourceIds),
    ...checkRegionalUnits(r, units, e.meta.electionDate),
  );
  if (!revision) return issues;
  const options = checkRegionalOptions(r, e, revision);
  issues.push(
    ...options,
    ...checkRegionalUnitTotals(r, e, revision),
    ...checkRegionalShares(r, e, revision),
  );
  // Sums over rows that name the wrong options would only repeat those problems as totals.
  if (options.length === 0) issues.push(...checkRegionalSums(r, revision));
  return issues;
}

/** Every regional file of every election. */
export function checkAllRegional(
  elections: readonly ElectionDataset[],
  units: readonly UnitPeriod[],
  sourceIds: ReadonlySet<string>,
): ValidationIssue[] {
  return elections.flatMap((e) =>
    (e.regional ?? []).flatMap((r) => checkRegional(e, r, units, sourceIds)),
  );
}
