import { grouped } from "../../format";
import type { ElectionDataset, TurnoutDataset } from "../dataset";
import type { Limits } from "../schemas";
import { issue, type ValidationIssue } from "../validation-issue";

/**
 * Absolute bounds. Every other check compares figures with each other, so a revision whose counts
 * were all multiplied by the same factor (119.5 trillion voters) passed them all; these compare
 * counts with what the country can hold (data/limits.json).
 */
export function checkPlausibility(
  limits: Limits,
  elections: readonly ElectionDataset[],
  turnouts: readonly TurnoutDataset[],
): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  const { population, pollingStations } = limits;
  const people = (file: string, at: (string | number)[], n: number | undefined, what: string) => {
    if (n !== undefined && n > population.max)
      out.push(
        issue(
          file,
          at,
          `${grouped(n)} ${what} is more than Kazakhstan's population (under ${grouped(population.max)}, data/limits.json)`,
        ),
      );
  };
  for (const e of elections) {
    for (const r of e.revisions) {
      people(
        r.file,
        ["electorate", "registeredVoters"],
        r.electorate.registeredVoters,
        "registered voters",
      );
      people(r.file, ["abroad", "registeredVoters"], r.abroad?.registeredVoters, "voters abroad");
      const total = r.pollingStations?.total;
      if (total !== undefined && (total < pollingStations.min || total > pollingStations.max))
        out.push(
          issue(
            r.file,
            ["pollingStations", "total"],
            `${grouped(total)} polling stations is outside the plausible ${grouped(pollingStations.min)}–${grouped(pollingStations.max)} (data/limits.json)`,
          ),
        );
    }
  }
  for (const t of turnouts)
    for (const r of t.revisions) {
      people(
        r.file,
        ["national", "registeredVoters"],
        r.national.registeredVoters,
        "registered voters",
      );
      people(r.file, ["national", "voters"], r.national.voters, "voters");
    }
  return out;
}
