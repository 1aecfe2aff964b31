import type { TurnoutDataset } from "../dataset";
import { grouped } from "../../format";
import { issue, type ValidationIssue } from "../validation-issue";
import { halfUnit, roundsTo } from "./tolerance";
import { checkRevisionOrder } from "./order";

function checkNational(d: TurnoutDataset): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  const totals = [...new Set(d.revisions.flatMap((r) => r.national.registeredVoters ?? []))].sort(
    (a, b) => a - b,
  );
  for (const r of d.revisions) {
    const { percent, voters, registeredVoters } = r.national;
    if (voters !== undefined && registeredVoters === undefined) {
      out.push(...checkAgainstKnownTotals(r, voters, totals));
      continue;
    }
    if (voters === undefined || registeredVoters === undefined) continue;
    if (voters > registeredVoters) {
      out.push(
        issue(
          r.file,
          ["national", "voters"],
          `${voters} is more than the ${registeredVoters} registered voters`,
        ),
      );
      continue;
    }
    const pct = (voters / registeredVoters) * 100;
    if (!roundsTo(pct, percent, r.precision)) {
      out.push(
        issue(
          r.file,
          ["national", "percent"],
          `${voters} of ${registeredVoters} is ${grouped(pct, r.precision)}%, the stated turnout is ${grouped(percent, r.precision)}%`,
        ),
      );
    }
  }
  return out;
}

/**
 * A release that gives voters and a percentage but no list total still implies one, and on election
 * day lists only grow, by the voters added at polling stations (2,980 of 11.95 million in 2022). So
 * the implied total may not be below the smallest total another release gives, nor more than 1% above
 * the largest: a count from one release paired with another's percentage is neither.
 */
function checkAgainstKnownTotals(
  r: TurnoutDataset["revisions"][number],
  voters: number,
  totals: readonly number[],
): ValidationIssue[] {
  if (totals.length === 0) return [];
  const half = halfUnit(r.precision);
  const low = voters / ((r.national.percent + half) / 100);
  const high = voters / ((r.national.percent - half) / 100);
  const least = totals[0]!;
  const most = totals.at(-1)! * 1.01;
  if (high >= least && low <= most) return [];
  const shares = totals
    .map((t) => `${grouped((voters / t) * 100, r.precision)}% of ${grouped(t, 0)}`)
    .join(" and ");
  return [
    issue(
      r.file,
      ["national", "percent"],
      `${grouped(voters, 0)} voters are ${shares}, the list totals of the other releases; the stated turnout of ${grouped(r.national.percent, r.precision)}% would need a list of ${grouped(Math.round(low), 0)}–${grouped(Math.round(high), 0)}, and lists do not shrink during the day`,
    ),
  ];
}

/**
 * Turnout only accumulates through the day. A small dip is allowed (voter lists were updated late in
 * the evening of 20 Nov 2022: Astana fell 0.07 points), but a misprint such as 8.09 for 80.09 is not.
 */
function checkNoFalls(d: TurnoutDataset): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  const names = new Map(d.meta.units.map((u) => [u.id, u.name]));
  const last = new Map<string, { percent: number; label: string }>();
  let lastNational: { percent: number; label: string } | undefined;
  for (const r of d.revisions) {
    if (lastNational && r.national.percent < lastNational.percent - d.meta.dipTolerance) {
      out.push(
        issue(
          r.file,
          ["national", "percent"],
          `national turnout falls from ${lastNational.percent}% at ${lastNational.label} to ${r.national.percent}%`,
        ),
      );
    }
    lastNational = { percent: r.national.percent, label: r.label };
    r.units?.forEach((u, i) => {
      const prev = last.get(u.unit);
      if (prev && u.percent < prev.percent - d.meta.dipTolerance) {
        out.push(
          issue(
            r.file,
            ["units", i, "percent"],
            `${names.get(u.unit) ?? u.unit}: ${u.percent}% is below ${prev.percent}% at ${prev.label}; turnout can fall by at most ${d.meta.dipTolerance} points between releases`,
          ),
        );
      }
      last.set(u.unit, { percent: u.percent, label: r.label });
    });
  }
  return out;
}

/**
 * The releases of one election day divide by one list total (the lists are updated for the final
 * count). A release that names another one prints it; one that prints none leaves the field out, and
 * a figure worked out from its percentage is not stored as if the release had given it.
 */
function checkOneListTotal(d: TurnoutDataset): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  let first: { total: number; file: string } | undefined;
  for (const r of d.revisions) {
    const total = r.national.registeredVoters;
    if (r.status !== "preliminary" || total === undefined) continue;
    if (!first) first = { total, file: r.file };
    else if (total !== first.total)
      out.push(
        issue(
          r.file,
          ["national", "registeredVoters"],
          `${grouped(total, 0)} differs from the ${grouped(first.total, 0)} of ${first.file}, the same day's list total; store the total this release printed, or leave it out if it printed none`,
        ),
      );
  }
  return out;
}

function checkUnitsComplete(d: TurnoutDataset): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  const known = new Set(d.meta.units.map((u) => u.id));
  for (const r of d.revisions) {
    if (!r.units) continue;
    const seen = new Set<string>();
    r.units.forEach((u, i) => {
      if (!known.has(u.unit))
        out.push(
          issue(
            r.file,
            ["units", i, "unit"],
            `unknown unit "${u.unit}"; meta.json lists ${[...known].join(", ")}`,
          ),
        );
      else if (seen.has(u.unit))
        out.push(issue(r.file, ["units", i, "unit"], `"${u.unit}" appears twice`));
      seen.add(u.unit);
    });
    const missing = [...known].filter((id) => !seen.has(id));
    if (missing.length > 0 && !r.partialUnits)
      out.push(issue(r.file, "units", `missing ${missing.join(", ")}`));
  }
  return out;
}

/** Checks the releases of a turnout dataset: arithmetic, completeness, order and no impossible falls. */
export function checkTurnoutDataset(
  d: TurnoutDataset,
  electionDate: string | undefined,
): ValidationIssue[] {
  return [
    ...checkRevisionOrder(d.revisions, electionDate),
    ...checkUnitsComplete(d),
    ...checkNational(d),
    ...checkOneListTotal(d),
    ...checkNoFalls(d),
  ];
}
