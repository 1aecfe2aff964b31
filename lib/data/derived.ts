import { latestRevision, type DataSet, type ElectionDataset } from "./dataset";
import { formatNumber } from "../format";
import { groupedIn } from "../i18n/format-locale";
import type { Locale } from "../i18n/locale";
import { translator, type MessageKey, type Vars } from "../i18n/translate";
import type { DerivedFigure } from "./schemas";

/** Derived values keep two decimals, like the official figures they come from. */
function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Explicit sign, with a true minus sign as in print: +10.35, −8.10, −83,322. */
function signed(n: number, digits: number, locale: Locale): string {
  const s = groupedIn(Math.abs(n), digits, locale);
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
export function toDerivedFigures(data: DataSet, locale: Locale): DerivedFigure[] {
  const t = translator(locale);
  const grouped = (n: number) => groupedIn(n, 0, locale);
  const pct = (n: number) => formatNumber(n, "percent", 2, locale);
  /** The label, description and formula of one derived figure, in the reader's language. */
  const words = (id: string, vars: Vars) => ({
    label: t(`derived.${id}.label` as MessageKey),
    description: t(`derived.${id}.description` as MessageKey),
    formula: t(`derived.${id}.formula` as MessageKey, vars),
  });
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
      ...words("valid-votes-2022", { options: r22.results.length, total: grouped(valid22) }),
      value: valid22,
      unit: "votes",
      period: e22.meta.electionDate,
      sourceIds: sources22,
    },
    {
      ...base,
      id: "ballots-not-valid-2022",
      ...words("ballots-not-valid-2022", {
        issued: grouped(issued22),
        valid: grouped(valid22),
        difference: grouped(issued22 - valid22),
      }),
      value: issued22 - valid22,
      unit: "count",
      period: e22.meta.electionDate,
      sourceIds: sources22,
    },
    {
      ...base,
      id: "tokayev-share-of-registered-2022",
      ...words("tokayev-share-of-registered-2022", {
        votes: grouped(tokayev22),
        registered: grouped(r22.electorate.registeredVoters),
      }),
      value: round2((tokayev22 / r22.electorate.registeredVoters) * 100),
      unit: "percent",
      period: e22.meta.electionDate,
      sourceIds: sources22,
    },
    {
      ...base,
      id: "turnout-change-2019-2022",
      ...words("turnout-change-2019-2022", {
        from: pct(r19.turnout.percent),
        to: pct(r22.turnout.percent),
        change: signed(r22.turnout.percent - r19.turnout.percent, 2, locale),
      }),
      value: round2(r22.turnout.percent - r19.turnout.percent),
      unit: "points",
      period: `${e19.meta.electionDate}/${e22.meta.electionDate}`,
      sourceIds: both,
    },
    {
      ...base,
      id: "tokayev-share-change-2019-2022",
      ...words("tokayev-share-change-2019-2022", {
        from: pct(shareOf(e19, "tokayev")),
        to: pct(shareOf(e22, "tokayev")),
        change: signed(shareOf(e22, "tokayev") - shareOf(e19, "tokayev"), 2, locale),
      }),
      value: round2(shareOf(e22, "tokayev") - shareOf(e19, "tokayev")),
      unit: "points",
      period: `${e19.meta.electionDate}/${e22.meta.electionDate}`,
      sourceIds: both,
    },
    {
      ...base,
      id: "tokayev-votes-change-2019-2022",
      ...words("tokayev-votes-change-2019-2022", {
        from: grouped(tokayev19),
        to: grouped(tokayev22),
        change: signed(tokayev22 - tokayev19, 0, locale),
      }),
      value: tokayev22 - tokayev19,
      unit: "votes",
      period: `${e19.meta.electionDate}/${e22.meta.electionDate}`,
      sourceIds: both,
    },
    {
      ...base,
      category: "economy",
      id: "twin-city-pairs",
      ...words("twin-city-pairs", {
        pairs: data.twinCities.pairs.map((p) => `${p.russia}–${p.kazakhstan}`).join(", "),
      }),
      value: data.twinCities.pairs.length,
      unit: "count",
      period: data.twinCities.asOf,
      sourceIds: [data.twinCities.sourceId],
    },
  ];
}
