import {
  releaseBeforeNounText,
  releaseInProseText,
  releaseLabelText,
  revisionChoiceText,
  turnoutStatusText,
} from "../../text/revision-text";
import { isSingleSourceRevision } from "../../data/single-source";
import type { DataSet, TurnoutDataset, TurnoutRevision } from "../../data/dataset";
import { nameIdOn } from "../../data/name-on";
import { existedOn } from "../../data/units";
import { votesOf, type Vote } from "../../data/votes";
import { join, lit, nameOf, type Text } from "../../text/text";
import { TILE_GRID } from "./tile-grid";
import type { ChartDraft, ReleaseChoice, VoteChoice } from "./model";
import { describeRanking } from "./summary";
import type { VoteView } from "./registry";
import { turnoutChangeMap } from "./turnout-change-map";
import { voteLabel } from "./vote-label";
import { draftWords, type DraftWords } from "./words";
import { SERIES_ROLE_COLORS } from "./series-roles";

export const TURNOUT_DATASET_ID = "kz-2022-turnout-intraday";

export function findTurnout(data: DataSet): TurnoutDataset | undefined {
  return data.turnouts.find((x) => x.meta.id === TURNOUT_DATASET_ID);
}

/** A release's id in the URL: its clock time ("1405") while preliminary, else its status ("final"). */
export function releaseId(r: TurnoutRevision): string {
  const clock = r.label.replace(/\D/g, "");
  return r.status === "preliminary" && clock ? clock : r.status;
}

/** The slider's releases: a release of the day by its time, a later count with its day. */
export function releaseChoices(t: TurnoutDataset): ReleaseChoice<Text>[] {
  return t.revisions.map((r) => ({
    id: releaseId(r),
    label: r.status === "preliminary" ? releaseLabelText(r) : revisionChoiceText(r),
    revisionId: r.id,
    mapped: r.units !== undefined,
  }));
}

/** Reading order of the map (row by row, west to east), which the table and the tab order share. */
export function tileOrder(id: string): number {
  const t = TILE_GRID[id];
  return t ? t.row * 100 + t.col : Number.MAX_SAFE_INTEGER;
}

/** Every vote the map can show, oldest first, with the releases of each. */
export function voteChoices(votes: readonly Vote[]): VoteChoice<Text>[] {
  return votes.map((v) => ({
    id: v.id,
    label: voteLabel(v, "short"),
    releaseIds: v.turnout.revisions.map(releaseId),
    isDefault: v.turnout.meta.id === TURNOUT_DATASET_ID,
  }));
}

/**
 * The map of one vote at one release (its newest by default), or of the change between two votes
 * when `compare` names another. A release without regional figures (2022's final count gave only the
 * national one) shows the last release that had them, and says so. A unit that did not exist at the
 * vote keeps its tile, marked, with no figure.
 */
export function turnoutMapChart(
  data: DataSet,
  revisionId?: string | null,
  view: VoteView = {},
): ChartDraft | undefined {
  const votes = votesOf(data);
  const fallback = findTurnout(data)?.meta.electionId;
  const vote =
    votes.find((v) => v.id === view.vote) ?? votes.find((v) => v.id === fallback) ?? votes.at(-1);
  if (!vote) return undefined;
  const other = votes.find((v) => v.id === view.compare && v.id !== vote.id);
  if (other) return turnoutChangeMap(data, votes, vote, other);
  return voteMap(data, votes, vote, revisionId);
}

function voteMap(
  data: DataSet,
  votes: readonly Vote[],
  vote: Vote,
  revisionId?: string | null,
): ChartDraft | undefined {
  const { t: w, num } = draftWords;
  const t = vote.turnout;
  const picked = t.revisions.findIndex((r) => r.id === revisionId);
  const index = picked >= 0 ? picked : t.revisions.length - 1;
  const shown = t.revisions[index]!;
  const regional = t.revisions.slice(0, index + 1).findLast((r) => r.units);
  if (!regional?.units) return undefined;
  const ranked = [...regional.units].sort((a, b) => b.percent - a.percent);
  // Every unit as it was called on the vote's day: Nur-Sultan in 2019.
  const name = (id: string) => nameOf(id, { on: vote.date });
  const absent = data.units.filter((u) => !existedOn(u, vote.date));
  const notes = noteWords(data, vote, w, name);
  const rows = Object.keys(TILE_GRID)
    .map((id) => ({
      id,
      unit: name(id),
      // Whose tile words the unit wears on the vote's day (lib/charts/render/tile-map.ts).
      nameId: nameIdOn(data.names, id, vote.date),
      turnout: regional.units?.find((x) => x.unit === id)?.percent ?? null,
      rank: ranked.findIndex((x) => x.unit === id) + 1 || null,
      ...(absent.length ? { note: notes(id) } : {}),
      status: absent.some((u) => u.id === id) ? "absent" : null,
    }))
    .sort((a, b) => tileOrder(a.id) - tileOrder(b.id));
  const borrowed = regional !== shown;
  const when = revisionChoiceText(regional);
  const isDefault = vote.turnout.meta.id === TURNOUT_DATASET_ID;
  const referendum = vote.election.meta.electionType === "referendum";
  return {
    id: "kz-2022-turnout-map",
    section: "election",
    title: isDefault
      ? w("charts.kz-2022-turnout-map.title")
      : w("charts.kz-2022-turnout-map.titleVote", { vote: voteLabel(vote, "long") }),
    subtitle: borrowed
      ? w("charts.kz-2022-turnout-map.subtitleBorrowed", {
          when,
          shown: releaseBeforeNounText(shown),
        })
      : w(
          referendum
            ? "charts.kz-2022-turnout-map.subtitleReferendum"
            : "charts.kz-2022-turnout-map.subtitle",
          { when },
        ),
    kind: "map",
    layout: "horizontal",
    indexKey: "unit",
    series: [{ key: "turnout", label: w("columns.turnout"), color: SERIES_ROLE_COLORS.turnout }],
    rows,
    unit: "percent",
    decimals: regional.precision,
    table: [
      { key: "unit", label: w("columns.unit") },
      {
        key: "turnout",
        label: w("columns.turnout"),
        unit: "percent",
        decimals: regional.precision,
      },
      // A bare number under «Место» / «Орны» / "Rank": an ordinal would have to agree with the
      // heading's noun in Russian («4-е место»), and the heading already says what it counts.
      { key: "rank", label: w("columns.rank"), unit: "count", decimals: 0 },
      ...(absent.length ? [{ key: "note", label: w("columns.note") }] : []),
    ],
    summary: join(
      [
        describeRanking(
          ranked.map((u) => ({ label: name(u.unit), value: u.percent })),
          "percent",
          regional.precision,
          "units",
        ),
        w("charts.kz-2022-turnout-map.national", {
          turnout: num(shown.national.percent, "percent", shown.precision),
          shown: releaseInProseText(shown),
        }),
        ...(absent.length
          ? [
              w("charts.kz-2022-turnout-map.unitsThen", {
                count: regional.units.length,
                created: draftWords.date(absent[0]!.from!),
              }),
            ]
          : []),
      ],
      " ",
    ),
    sourceIds: [...new Set([...regional.sourceIds, ...shown.sourceIds])],
    singleSource: isSingleSourceRevision(regional) && isSingleSourceRevision(shown),
    confirmingSourceIds: [
      ...new Set([...(regional.confirmingSourceIds ?? []), ...(shown.confirmingSourceIds ?? [])]),
    ],
    status: {
      status: regional.status,
      asOf: regional.asOf,
      revisionId: regional.id,
      label: turnoutStatusText(regional, referendum),
    },
    datasetId: t.meta.id,
    releases: releaseChoices(t),
    // The tiles' release, not the one asked for: asked for the final count, the map draws 22:00.
    release: releaseId(regional),
    votes: voteChoices(votes),
    vote: vote.id,
    rowLinks: "region",
    height: 420,
  };
}

/**
 * The table's note for a vote held before some of today's units existed: when each was created and
 * from which unit, and which of the vote's units then held their territory.
 */
function noteWords(
  data: DataSet,
  vote: Vote,
  w: DraftWords["t"],
  name: (id: string) => Text,
): (id: string) => Text | "" {
  const later = data.units.filter((u) => !existedOn(u, vote.date));
  return (id) => {
    const self = later.find((u) => u.id === id);
    if (self)
      return w("map.notYet", {
        created: self.from ? draftWords.date(self.from) : lit(""),
        from: self.splitFrom ? name(self.splitFrom) : lit(""),
      });
    const carved = later.filter((u) => u.splitFrom === id).map((u) => name(u.id));
    return carved.length ? w("map.includedThen", { units: join(carved, ", ") }) : "";
  };
}
