import { latestRevision, type DataSet, type ElectionDataset } from "./dataset";
import { grouped } from "../format";
import type { DerivedFigure } from "./schemas";

/** Derived values keep two decimals, like the official figures they come from. */
function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Explicit sign, with a true minus sign as in print: +10.35, −8.10, −83,322. */
function signed(n: number, digits = 2): string {
  const s = digits === 0 ? grouped(Math.abs(n)) : Math.abs(n).toFixed(digits);
  return n > 0 ? `+${s}` : n < 0 ? `\u2212${s}` : s;
}

function election(data: DataSet, id: string): ElectionDataset {
  const e = data.elections.find((d) => d.meta.id === id);
  if (!e) throw new Error(`derived figures need the election dataset "${id}"`);
  return e;
}

function votesOf(e: ElectionDataset, option: string): number {
  const row = latestRevision(e.revisions).results.find((r) => r.option === option);
  if (!row) throw new Error(`derived figures need "${option}" in ${e.meta.id}`);
  return row.votes;
}

function shareOf(e: ElectionDataset, option: string): number {
  const row = latestRevision(e.revisions).results.find((r) => r.option === option);
  if (row?.share === undefined)
    throw new Error(`derived figures need a stated share for "${option}" in ${e.meta.id}`);
  return row.share;
}

/** Figures computed from the validated data, each with the formula that produced it. */
export function toDerivedFigures(data: DataSet): DerivedFigure[] {
  const e22 = election(data, "kz-2022-presidential");
  const e19 = election(data, "kz-2019-presidential");
  const r22 = latestRevision(e22.revisions);
  const r19 = latestRevision(e19.revisions);
  const valid22 = r22.results.reduce((s, r) => s + r.votes, 0);
  const issued22 = r22.electorate.ballotsIssued ?? 0;
  const tokayev22 = votesOf(e22, "tokayev");
  const tokayev19 = votesOf(e19, "tokayev");
  const sources22 = r22.sourceIds;
  const both = [...new Set([...r19.sourceIds, ...r22.sourceIds])];
  const base = { qualifier: "computed" as const, category: "election" as const };

  return [
    {
      ...base,
      id: "valid-votes-2022",
      label: "Valid votes, 2022",
      description:
        'Votes for the six candidates and for "against all" added together; the base of every share.',
      value: valid22,
      unit: "votes",
      period: e22.meta.electionDate,
      formula: `sum of the votes for all ${r22.results.length} options = ${grouped(valid22)}`,
      sourceIds: sources22,
    },
    {
      ...base,
      id: "ballots-not-valid-2022",
      label: "Ballots issued but not counted as valid, 2022",
      description:
        "Ballots issued minus valid votes: an upper bound on invalid and unreturned ballots, not an official count.",
      value: issued22 - valid22,
      unit: "count",
      period: e22.meta.electionDate,
      formula: `ballots issued ${grouped(issued22)} − valid votes ${grouped(valid22)} = ${grouped(issued22 - valid22)}`,
      sourceIds: sources22,
    },
    {
      ...base,
      id: "tokayev-share-of-registered-2022",
      label: "Tokayev's votes as a share of registered voters, 2022",
      description: "How much of the whole electorate, not just of those who voted, chose Tokayev.",
      value: round2((tokayev22 / r22.electorate.registeredVoters) * 100),
      unit: "percent",
      period: e22.meta.electionDate,
      formula: `${grouped(tokayev22)} ÷ ${grouped(r22.electorate.registeredVoters)} registered voters × 100, rounded to 2 decimals`,
      sourceIds: sources22,
    },
    {
      ...base,
      id: "turnout-change-2019-2022",
      label: "Change in turnout, 2019 to 2022",
      description:
        "Percentage-point change in turnout between the 2019 and 2022 presidential elections.",
      value: round2(r22.turnout.percent - r19.turnout.percent),
      unit: "points",
      period: `${e19.meta.electionDate}/${e22.meta.electionDate}`,
      formula: `${r22.turnout.percent}% − ${r19.turnout.percent}% = ${signed(r22.turnout.percent - r19.turnout.percent)} points`,
      sourceIds: both,
    },
    {
      ...base,
      id: "tokayev-share-change-2019-2022",
      label: "Change in Tokayev's vote share, 2019 to 2022",
      description:
        "Percentage-point change in Tokayev's share of valid votes between his two elections.",
      value: round2(shareOf(e22, "tokayev") - shareOf(e19, "tokayev")),
      unit: "points",
      period: `${e19.meta.electionDate}/${e22.meta.electionDate}`,
      formula: `${shareOf(e22, "tokayev")}% − ${shareOf(e19, "tokayev")}% = ${signed(shareOf(e22, "tokayev") - shareOf(e19, "tokayev"))} points`,
      sourceIds: both,
    },
    {
      ...base,
      id: "tokayev-votes-change-2019-2022",
      label: "Change in Tokayev's votes, 2019 to 2022",
      description: "Difference between Tokayev's vote counts in 2022 and 2019.",
      value: tokayev22 - tokayev19,
      unit: "votes",
      period: `${e19.meta.electionDate}/${e22.meta.electionDate}`,
      formula: `${grouped(tokayev22)} − ${grouped(tokayev19)} = ${signed(tokayev22 - tokayev19, 0)}`,
      sourceIds: both,
    },
    {
      ...base,
      category: "economy",
      id: "twin-city-pairs",
      label: "Russian–Kazakh twin-city pairs named",
      description: "Pairs of twin cities listed during the November 2022 Moscow visit.",
      value: data.twinCities.pairs.length,
      unit: "count",
      period: data.twinCities.asOf,
      formula: `count of the pairs listed: ${data.twinCities.pairs.map((p) => `${p.russia}–${p.kazakhstan}`).join(", ")}`,
      sourceIds: [data.twinCities.sourceId],
    },
  ];
}
