import { latestRevision, type ElectionDataset } from "../../data/dataset";
import { sourcedFigure } from "../../data/field-sources";
import { isSingleSourceCount } from "../../data/single-source";
import { lit, msg, num, type Text } from "../../text/text";
import type { ChartDraft, DraftRow } from "./model";
import { citedBy } from "./publishers";
import { SERIES_ROLE_COLORS } from "./series-roles";
import { voteLabel } from "./vote-label";
import type { ChartData } from "./words";

export const STATIONS_CHART_ID = "kz-polling-stations";

const FIELDS = ["total", "abroad", "abroadCountries"] as const;
type Field = (typeof FIELDS)[number];

interface Vote {
  election: ElectionDataset;
  counts: Partial<Record<Field, { value: number; ids: string[] }>>;
}

/** One sentence per vote, in the words of the counts it has. */
function sentence({ election, counts }: Vote): Text {
  const vote = voteLabel({ election, date: election.meta.electionDate }, "short");
  const n = (field: Field) => num(counts[field]!.value, "count", 0);
  if (!counts.abroad)
    return msg("charts.kz-polling-stations.summaryTotal", { vote, total: n("total") });
  if (!counts.abroadCountries)
    return msg("charts.kz-polling-stations.summaryAbroad", {
      vote,
      total: n("total"),
      abroad: n("abroad"),
    });
  return msg("charts.kz-polling-stations.summaryCountries", {
    vote,
    total: n("total"),
    abroad: n("abroad"),
    countries: n("abroadCountries"),
  });
}

/**
 * Polling stations at each election the data holds them for, oldest first: the total as bars, and
 * those abroad in the table. A count is shown only with the sources that give it (sourceIdsByField);
 * a vote without a sourced total is left out.
 */
export function stationsChart(data: ChartData): ChartDraft | undefined {
  const votes: Vote[] = data.elections
    .flatMap((election) => {
      const r = latestRevision(election.revisions);
      const counts = Object.fromEntries(
        FIELDS.flatMap((f) => {
          const c = sourcedFigure(r, "pollingStations", f);
          return c ? [[f, c]] : [];
        }),
      ) as Vote["counts"];
      return counts.total ? [{ election, counts }] : [];
    })
    .sort((a, b) => a.election.meta.electionDate.localeCompare(b.election.meta.electionDate));
  // One vote is no comparison: its counts are on its own election's charts.
  if (votes.length < 2) return undefined;
  const ids = (v: Vote, fields: readonly Field[] = FIELDS) => [
    ...new Set(fields.flatMap((f) => v.counts[f]?.ids ?? [])),
  ];
  // Each count names its own sources: the total's and those of the counts abroad apart, so a count
  // one paper gives (2019's stations abroad) is not read as backed by the total's sources too.
  const cite = (v: Vote, fields: readonly Field[]) => {
    const cited = ids(v, fields);
    return cited.length ? citedBy(cited, data.sources) : null;
  };
  const rows: DraftRow[] = votes.map((v) => ({
    id: v.election.meta.id,
    vote: voteLabel({ election: v.election, date: v.election.meta.electionDate }, "short"),
    total: v.counts.total!.value,
    totalSource: cite(v, ["total"]),
    abroad: v.counts.abroad?.value ?? null,
    abroadCountries: v.counts.abroadCountries?.value ?? null,
    abroadSource: cite(v, ["abroad", "abroadCountries"]),
  }));
  const first = votes[0]!.election.meta.electionDate;
  const last = votes.at(-1)!.election.meta.electionDate;
  return {
    id: STATIONS_CHART_ID,
    section: "election",
    title: msg("charts.kz-polling-stations.title", {
      from: lit(first.slice(0, 4)),
      to: lit(last.slice(0, 4)),
    }),
    subtitle: msg("charts.kz-polling-stations.subtitle", {
      first: { date: first },
      last: { date: last },
    }),
    coverage: `${first}/${last}`,
    kind: "bar",
    layout: "horizontal",
    indexKey: "vote",
    series: [
      {
        key: "total",
        label: msg("charts.kz-polling-stations.total"),
        color: SERIES_ROLE_COLORS.count,
      },
    ],
    rows,
    unit: "count",
    decimals: 0,
    table: [
      { key: "vote", label: msg("columns.vote") },
      { key: "total", label: msg("charts.kz-polling-stations.total"), unit: "count" },
      {
        key: "totalSource",
        label: msg("charts.kz-polling-stations.totalSource"),
        onNarrow: "under-index-labelled",
      },
      { key: "abroad", label: msg("charts.kz-polling-stations.abroad"), unit: "count" },
      {
        key: "abroadCountries",
        label: msg("charts.kz-polling-stations.abroadCountries"),
        unit: "count",
      },
      {
        key: "abroadSource",
        label: msg("charts.kz-polling-stations.abroadSource"),
        onNarrow: "under-index-labelled",
      },
    ],
    summary: { join: votes.map(sentence), sep: " " },
    sourceIds: [...new Set(votes.flatMap((v) => ids(v)))],
    singleSource: votes.every((v) =>
      Object.values(v.counts).every((c) => isSingleSourceCount(c.ids)),
    ),
    height: 260,
  };
}
