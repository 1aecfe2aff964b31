import type { ElectionDataset, ElectionRevision } from "../dataset";
import { grouped } from "../../format";
import { issue, type ValidationIssue } from "../validation-issue";
import { checkShares } from "./shares";
import { roundsTo } from "./tolerance";
import { checkRevisionOrder } from "./order";
import { fieldSources } from "../field-sources";

function checkTurnout(r: ElectionRevision): ValidationIssue[] {
  const { electorate, turnout } = r;
  const numerator =
    turnout.basis === "ballots_issued" ? electorate.ballotsIssued : electorate.ballotsCast;
  const field = turnout.basis === "ballots_issued" ? "ballotsIssued" : "ballotsCast";
  if (numerator === undefined) {
    return [issue(r.file, ["electorate", field], `missing: turnout is based on ${field}`)];
  }
  const out: ValidationIssue[] = [];
  if (numerator > electorate.registeredVoters) {
    out.push(
      issue(
        r.file,
        ["electorate", field],
        `${numerator} is more than the ${electorate.registeredVoters} registered voters`,
      ),
    );
  }
  const pct = (numerator / electorate.registeredVoters) * 100;
  if (!roundsTo(pct, turnout.percent, turnout.precision)) {
    out.push(
      issue(
        r.file,
        ["turnout", "percent"],
        `${numerator} of ${electorate.registeredVoters} registered voters is ${grouped(pct, turnout.precision)}%, the stated turnout is ${grouped(turnout.percent, turnout.precision)}%`,
      ),
    );
  }
  return out;
}

function checkVoteTotals(r: ElectionRevision): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  const sum = r.results.reduce((s, row) => s + row.votes, 0);
  const { validVotes, invalidVotes, ballotsCast, ballotsIssued } = r.electorate;
  if (validVotes !== undefined && validVotes !== sum) {
    out.push(
      issue(
        r.file,
        ["electorate", "validVotes"],
        `${validVotes} stated, but the results add up to ${sum}`,
      ),
    );
  }
  if (
    validVotes !== undefined &&
    invalidVotes !== undefined &&
    ballotsCast !== undefined &&
    validVotes + invalidVotes !== ballotsCast
  ) {
    out.push(
      issue(
        r.file,
        ["electorate", "ballotsCast"],
        `${ballotsCast} stated, but valid ${validVotes} + invalid ${invalidVotes} = ${validVotes + invalidVotes}`,
      ),
    );
  }
  const ballots = ballotsCast ?? ballotsIssued;
  if (ballots !== undefined && sum > ballots) {
    out.push(
      issue(
        r.file,
        "results",
        `the results add up to ${sum} votes, more than the ${ballots} ballots`,
      ),
    );
  }
  return out;
}

function checkStationsAndAbroad(r: ElectionRevision): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  const ps = r.pollingStations;
  if (
    ps?.domestic !== undefined &&
    ps.abroad !== undefined &&
    ps.domestic + ps.abroad !== ps.total
  ) {
    out.push(
      issue(
        r.file,
        ["pollingStations", "total"],
        `${ps.total} stated, but ${ps.domestic} in the country + ${ps.abroad} abroad = ${ps.domestic + ps.abroad}`,
      ),
    );
  }
  const a = r.abroad;
  if (a) {
    if (a.voted > a.registeredVoters)
      out.push(
        issue(
          r.file,
          ["abroad", "voted"],
          `${a.voted} is more than the ${a.registeredVoters} registered abroad`,
        ),
      );
    const pct = (a.voted / a.registeredVoters) * 100;
    if (!roundsTo(pct, a.turnoutPercent, 2)) {
      out.push(
        issue(
          r.file,
          ["abroad", "turnoutPercent"],
          `${a.voted} of ${a.registeredVoters} is ${grouped(pct, 2)}%, the stated turnout abroad is ${a.turnoutPercent}%`,
        ),
      );
    }
  }
  // A field's sources with no figure beside them are a typo in the field's name or a lost figure.
  for (const [part, byField] of fieldSources(r))
    for (const field of Object.keys(byField))
      if ((r[part] as Record<string, unknown>)[field] === undefined)
        out.push(
          issue(
            r.file,
            [part, "sourceIdsByField", field],
            `sources given for ${part}.${field}, which the revision does not state`,
          ),
        );
  const o = r.observers;
  if (o && o.fromOrganisations + o.fromCountries !== o.total) {
    out.push(
      issue(
        r.file,
        ["observers", "total"],
        `${o.total} stated, but ${o.fromOrganisations} + ${o.fromCountries} = ${o.fromOrganisations + o.fromCountries}`,
      ),
    );
  }
  return out;
}

function checkSeats(d: ElectionDataset, r: ElectionRevision): ValidationIssue[] {
  const seats = d.meta.seats;
  const out: ValidationIssue[] = [];
  const kinds = new Map(d.meta.options.map((o) => [o.id, o.kind]));
  r.results.forEach((row, i) => {
    if (row.listSeats === undefined) return;
    if (!seats)
      out.push(
        issue(
          r.file,
          ["results", i, "listSeats"],
          "this election has no list seats in its meta.json",
        ),
      );
    else if (kinds.get(row.option) === "against_all")
      out.push(issue(r.file, ["results", i, "listSeats"], `"against all" cannot win seats`));
    else if (row.share !== undefined && row.share < seats.thresholdPercent && row.listSeats > 0)
      out.push(
        issue(
          r.file,
          ["results", i, "listSeats"],
          `${row.listSeats} seats for ${row.share}%, below the ${seats.thresholdPercent}% threshold`,
        ),
      );
    else if (row.share !== undefined && row.share >= seats.thresholdPercent && row.listSeats === 0)
      out.push(
        issue(
          r.file,
          ["results", i, "listSeats"],
          `no seats for ${row.share}%, above the ${seats.thresholdPercent}% threshold`,
        ),
      );
  });
  if (seats) {
    const sum = r.results.reduce((s, row) => s + (row.listSeats ?? 0), 0);
    if (sum !== seats.list)
      out.push(
        issue(
          r.file,
          "results",
          `list seats add up to ${sum}, but the Mazhilis has ${seats.list} list seats`,
        ),
      );
  }
  return out;
}

/** Figures carried from an earlier release come from one of this election's, before this revision. */
function checkCarried(d: ElectionDataset, r: ElectionRevision): ValidationIssue[] {
  if (!r.carried) return [];
  const { from } = r.carried;
  if (Date.parse(from) >= Date.parse(r.asOf))
    return [
      issue(r.file, ["carried", "from"], `${from} is not before this revision's asOf ${r.asOf}`),
    ];
  if (from.slice(0, 10) < d.meta.electionDate)
    return [
      issue(
        r.file,
        ["carried", "from"],
        `${from} is before the election on ${d.meta.electionDate}`,
      ),
    ];
  return [];
}

/**
 * Shares recomputed from the votes, of the sum of the rows or of the ballots cast as the meta says.
 * Of the ballots cast, a result that lists every option must account for every ballot.
 */
function checkShareBase(d: ElectionDataset, r: ElectionRevision): ValidationIssue[] {
  const cast = r.electorate.ballotsCast;
  if (d.meta.shareOf === "ballots_cast" && cast === undefined)
    return [
      issue(r.file, ["electorate", "ballotsCast"], "missing: the shares are of ballots cast"),
    ];
  const base = d.meta.shareOf === "ballots_cast" ? cast : undefined;
  const out = checkShares(r.results, r.sharePrecision, base).map((p) =>
    issue(r.file, ["results", p.index, p.field], p.message),
  );
  const sum = r.results.reduce((s, row) => s + row.votes, 0);
  const complete = d.meta.options.every((o) => r.results.some((row) => row.option === o.id));
  if (base !== undefined && complete && sum !== base)
    out.push(
      issue(
        r.file,
        "results",
        `every option is listed, but the rows add up to ${sum}, not the ${base} ballots cast`,
      ),
    );
  return out;
}

/** The self-nominated deputies' row in a chamber reading: no party, so no option id. */
export const INDEPENDENTS = "independents";

/**
 * Each reading of the chamber adds up to its seats, which are the list and district seats of the
 * meta; a party holds at least the list seats it won; and every party is one of the election's.
 */
function checkChamber(d: ElectionDataset, r: ElectionRevision): ValidationIssue[] {
  const c = r.chamber;
  if (!c) return [];
  const out: ValidationIssue[] = [];
  const seats = d.meta.seats;
  if (!seats) return [issue(r.file, "chamber", "this election has no seats in its meta.json")];
  if (c.seats !== seats.list + seats.districts)
    out.push(
      issue(
        r.file,
        ["chamber", "seats"],
        `${c.seats} stated, but meta.json has ${seats.list} list + ${seats.districts} district seats = ${seats.list + seats.districts}`,
      ),
    );
  const parties = new Set(d.meta.options.filter((o) => o.kind === "party").map((o) => o.id));
  c.readings.forEach((reading, i) => {
    const sum = reading.totals.reduce((s, x) => s + x.seats, 0);
    if (sum !== c.seats)
      out.push(
        issue(
          r.file,
          ["chamber", "readings", i, "totals"],
          `the seats add up to ${sum}, not the chamber's ${c.seats}`,
        ),
      );
    reading.totals.forEach((x, j) => {
      const at = ["chamber", "readings", i, "totals", j] as const;
      if (x.party !== INDEPENDENTS && !parties.has(x.party))
        out.push(issue(r.file, [...at, "party"], `"${x.party}" is not a party of this election`));
      const list = r.results.find((row) => row.option === x.party)?.listSeats ?? 0;
      if (x.seats < list)
        out.push(
          issue(
            r.file,
            [...at, "seats"],
            `${x.seats} seats, fewer than the ${list} list seats won`,
          ),
        );
    });
  });
  return out;
}

/** Checks each revision of an election against itself: shares, totals, turnout, stations and seats. */
export function checkElection(d: ElectionDataset): ValidationIssue[] {
  const out = checkRevisionOrder(d.revisions, d.meta.electionDate);
  for (const r of d.revisions) {
    out.push(...checkShareBase(d, r));
    out.push(
      ...checkVoteTotals(r),
      ...checkTurnout(r),
      ...checkStationsAndAbroad(r),
      ...checkSeats(d, r),
      ...checkCarried(d, r),
      ...checkChamber(d, r),
    );
  }
  return out;
}
