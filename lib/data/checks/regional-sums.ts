import type { ElectionDataset, ElectionRevision, RegionalResults } from "../dataset";
import { grouped } from "../../format";
import { issue, type ValidationIssue } from "../validation-issue";
import { checkShares } from "./shares";

/** The national count the units' `ballots` stand for: the one the revision's turnout is based on. */
function nationalBallots(revision: ElectionRevision): number | undefined {
  const { electorate, turnout } = revision;
  return turnout.basis === "ballots_issued" ? electorate.ballotsIssued : electorate.ballotsCast;
}

const BALLOTS_WORD = { ballots_issued: "ballots issued", ballots_cast: "ballots cast" } as const;

/**
 * The units add up to the national revision: registered voters, ballots and each option's votes,
 * exactly, or to the national figures less the declared difference.
 */
export function checkRegionalSums(
  r: RegionalResults,
  revision: ElectionRevision,
): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  const d = r.declared;
  const compare = (what: string, units: number, declared: number, national: number | undefined) => {
    if (national === undefined || units + declared === national) return;
    const total = d
      ? `${grouped(units)}, and ${grouped(units + declared)} with the declared ${grouped(declared)}`
      : grouped(units);
    out.push(
      issue(
        r.file,
        "units",
        `${what}: the units add up to ${total}, but revision ${revision.id} has ${grouped(national)}${d ? "" : "; a known difference (voters abroad) goes in a declared block"}`,
      ),
    );
  };
  const sum = (f: (u: RegionalResults["units"][number]) => number) =>
    r.units.reduce((s, u) => s + f(u), 0);
  compare(
    "registered voters",
    sum((u) => u.registeredVoters),
    d?.registeredVoters ?? 0,
    revision.electorate.registeredVoters,
  );
  compare(
    BALLOTS_WORD[revision.turnout.basis],
    sum((u) => u.ballots),
    d?.ballots ?? 0,
    nationalBallots(revision),
  );
  for (const row of revision.results) {
    const votes = (rows: readonly { option: string; votes: number }[] | undefined) =>
      rows?.find((x) => x.option === row.option)?.votes ?? 0;
    compare(
      `votes for "${row.option}"`,
      sum((u) => votes(u.results)),
      votes(d?.results),
      row.votes,
    );
  }
  return out;
}

/**
 * Within each unit: no more ballots than registered voters, no more votes than ballots; and where the
 * rows are of ballots cast and list every option, spoilt ballots included, exactly the ballots.
 */
export function checkRegionalUnitTotals(
  r: RegionalResults,
  e: ElectionDataset,
  revision: ElectionRevision,
): ValidationIssue[] {
  const ofCast = e.meta.shareOf === "ballots_cast" && revision.turnout.basis === "ballots_cast";
  return r.units.flatMap((u, i) => {
    const out: ValidationIssue[] = [];
    if (u.ballots > u.registeredVoters)
      out.push(
        issue(
          r.file,
          ["units", i, "ballots"],
          `${grouped(u.ballots)} is more than the ${grouped(u.registeredVoters)} registered voters of "${u.unit}"`,
        ),
      );
    const votes = u.results.reduce((s, x) => s + x.votes, 0);
    if (votes > u.ballots)
      out.push(
        issue(
          r.file,
          ["units", i, "results"],
          `the results of "${u.unit}" add up to ${grouped(votes)} votes, more than its ${grouped(u.ballots)} ballots`,
        ),
      );
    else if (
      ofCast &&
      votes !== u.ballots &&
      e.meta.options.every((o) => u.results.some((x) => x.option === o.id))
    )
      out.push(
        issue(
          r.file,
          ["units", i, "results"],
          `every option of "${u.unit}" is listed, but the rows add up to ${grouped(votes)}, not its ${grouped(u.ballots)} ballots cast`,
        ),
      );
    return out;
  });
}

/**
 * Each unit's stated shares recomputed from its votes, of the same base as the national shares: the
 * sum of the unit's rows, or its ballots cast when the election's shares are of ballots cast.
 */
export function checkRegionalShares(
  r: RegionalResults,
  e: ElectionDataset,
  revision: ElectionRevision,
): ValidationIssue[] {
  const ofCast = e.meta.shareOf === "ballots_cast";
  // The units' ballots are then ballots issued, which are not what the shares are of.
  const noBase = ofCast && revision.turnout.basis !== "ballots_cast";
  return r.units.flatMap((u, i) => {
    if (noBase)
      return u.results.flatMap((x, j) =>
        x.share === undefined
          ? []
          : [
              issue(
                r.file,
                ["units", i, "results", j, "share"],
                "shares are of ballots cast, but the units give ballots issued; the share cannot be checked",
              ),
            ],
      );
    return checkShares(u.results, r.sharePrecision, ofCast ? u.ballots : undefined).map((p) =>
      issue(r.file, ["units", i, "results", p.index, p.field], `${u.unit}: ${p.message}`),
    );
  });
}
