import { releaseLabelText, revisionChoiceText } from "../../text/revision-text";
import type { DataSet } from "../../data/dataset";
import { nameIdOn } from "../../data/name-on";
import { isSingleSourceRevision } from "../../data/single-source";
import { existedOn } from "../../data/units";
import { turnoutChange, type Vote } from "../../data/votes";
import { join, lit, nameOf, type Text } from "../../text/text";
import type { ChartDraft } from "./model";
import { TILE_GRID } from "./tile-grid";
import { releaseChoices, releaseId, tileOrder, voteChoices } from "./turnout-map-chart";
import { voteLabel } from "./vote-label";
import { draftWords } from "./words";
import { SERIES_ROLE_COLORS } from "./series-roles";

/**
 * Each unit's change in turnout between two votes, in points, from each vote's last full regional
 * release. Only a unit that existed at both with the same territory gets a change; a unit split
 * between the votes, or created between them, keeps its tile, marked, with its two figures in the
 * table but no change.
 */
export function turnoutChangeMap(
  data: DataSet,
  votes: readonly Vote[],
  vote: Vote,
  other: Vote,
): ChartDraft {
  const { t: w, date } = draftWords;
  const [earlier, later] = vote.date <= other.date ? [vote, other] : [other, vote];
  // Named, like the table, as at the later vote.
  const name = (id: string) => nameOf(id, { on: later.date });
  const changes = turnoutChange(data, earlier, later);
  const decimals = Math.min(earlier.regional.precision, later.regional.precision);
  const rows = Object.keys(TILE_GRID)
    .map((id) => {
      const c = changes.find((x) => x.id === id);
      const status = c?.status ?? "absent";
      const note: Text | "" =
        status === "split"
          ? w("map.splitBetween", { units: join(c!.splitOff.map(name), ", ") })
          : status === "new"
            ? w("map.newBetween", { from: c?.splitFrom ? name(c.splitFrom) : lit("") })
            : status === "absent"
              ? w("map.notYetEither")
              : "";
      return {
        id,
        unit: name(id),
        nameId: nameIdOn(data.names, id, later.date),
        earlier: c?.earlier ?? null,
        later: c?.later ?? null,
        change: c?.change ?? null,
        status,
        note,
      };
    })
    .sort((a, b) => tileOrder(a.id) - tileOrder(b.id));
  const compared = rows.filter((r) => r.change !== null);
  const created = data.units.find(
    (u) => u.from !== undefined && existedOn(u, later.date) && !existedOn(u, earlier.date),
  )?.from;
  const sentences: Text[] = [
    ...changeSentence(compared, { earlier, later, decimals }),
    ...(created
      ? [
          w("charts.kz-2022-turnout-map.changeSplit", {
            count: rows.filter((r) => r.status === "split" || r.status === "new").length,
            date: date(created),
          }),
        ]
      : []),
  ];
  const releases = [earlier.regional, later.regional];
  return {
    id: "kz-2022-turnout-map",
    section: "election",
    coverage: `${earlier.date}/${later.date}`,
    title: w("charts.kz-2022-turnout-map.titleChange", {
      earlier: voteLabel(earlier, "short"),
      later: voteLabel(later, "short"),
    }),
    subtitle: w("charts.kz-2022-turnout-map.subtitleChange", {
      earlier: revisionChoiceText(earlier.regional),
      later: revisionChoiceText(later.regional),
    }),
    kind: "map",
    layout: "horizontal",
    indexKey: "unit",
    series: [
      { key: "change", label: w("columns.changePoints"), color: SERIES_ROLE_COLORS.turnout },
    ],
    rows,
    unit: "points",
    decimals,
    table: [
      { key: "unit", label: w("columns.unit") },
      {
        key: "earlier",
        label: voteLabel(earlier, "short"),
        unit: "percent",
        decimals: earlier.regional.precision,
      },
      {
        key: "later",
        label: voteLabel(later, "short"),
        unit: "percent",
        decimals: later.regional.precision,
      },
      { key: "change", label: w("columns.changePoints"), unit: "points", decimals },
      { key: "note", label: w("columns.note") },
    ],
    summary: join(sentences, " "),
    sourceIds: [...new Set(releases.flatMap((r) => r.sourceIds))],
    singleSource: releases.every(isSingleSourceRevision),
    confirmingSourceIds: [...new Set(releases.flatMap((r) => r.confirmingSourceIds ?? []))],
    status: {
      status: later.regional.status,
      asOf: later.regional.asOf,
      revisionId: later.regional.id,
      label: w("status.turnoutRelease", {
        time: releaseLabelText(later.regional),
        date: date(later.regional.asOf),
      }),
    },
    datasetId: vote.turnout.meta.id,
    releases: releaseChoices(vote.turnout),
    release: releaseId(vote.regional),
    votes: voteChoices(votes),
    vote: vote.id,
    compare: other.id,
    rowLinks: "region",
    height: 420,
  };
}

/**
 * The change in one sentence: how many units rose and fell, and the extremes. Where all moved the
 * same way the biggest "rise" would be the smallest fall, so the sentence then names the least and
 * the most of that one direction.
 */
function changeSentence(
  compared: readonly { unit: Text; change: number | null }[],
  { earlier, later, decimals }: { earlier: Vote; later: Vote; decimals: number },
): Text[] {
  const { t: w, num } = draftWords;
  const byChange = [...compared].sort((a, b) => b.change! - a.change!);
  const up = byChange.filter((r) => r.change! > 0);
  const down = byChange.filter((r) => r.change! < 0);
  const named = (key: string, r: { unit: Text; change: number | null }) => ({
    [key]: r.unit,
    [`${key}Change`]: num(r.change!, "points", decimals),
  });
  const vars = {
    earlier: voteLabel(earlier, "short"),
    later: voteLabel(later, "short"),
    count: compared.length,
    up: up.length,
    down: down.length,
  };
  if (up[0] && down[0])
    return [
      w("charts.kz-2022-turnout-map.changeSummary", {
        ...vars,
        ...named("top", up[0]),
        ...named("bottom", down.at(-1)!),
      }),
    ];
  if (down[0])
    return [
      w("charts.kz-2022-turnout-map.changeSummaryFell", {
        ...vars,
        ...named("least", down[0]),
        ...named("bottom", down.at(-1)!),
      }),
    ];
  if (up[0])
    return [
      w("charts.kz-2022-turnout-map.changeSummaryRose", {
        ...vars,
        ...named("top", up[0]),
        ...named("least", up.at(-1)!),
      }),
    ];
  return [];
}
