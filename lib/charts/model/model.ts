import type { RevisionStatus, Unit } from "../../data/schemas";
import type { Locale } from "../../i18n/locale";
import type { Text } from "../../text/text";
import type { RegionalNotPublished } from "./regional-note";
import { chartUiWords, type ChartUiWords } from "./ui-words";

/**
 * The plain, serializable description of one chart. Built on the server from validated data and
 * handed to the static SVG, the recharts client and the data table alike, so all three show the same numbers.
 * (A view model computed in lib/, never parsed from input, so it is an interface rather than a schema.)
 */

export const CHART_COLORS = [
  "chart-1",
  "chart-2",
  "chart-3",
  "chart-4",
  "chart-5",
  "chart-muted",
] as const;
export type ChartColor = (typeof CHART_COLORS)[number];

export type ChartCell = string | number | null;
export type ChartRow = Record<string, ChartCell>;

/**
 * W is how a model holds its words: `Text` (lib/i18n/text.ts) in a draft, which is the same in every
 * language, and `string` once lib/charts/model/localize-chart.ts has put it into one. A draft's rows
 * hold names as Text too; a plain string in a row is an id or a code, the same in every language.
 */
export type DraftRow = Record<string, ChartCell | Text>;

export interface ChartSeries<W = string> {
  key: string;
  label: W;
  color: ChartColor;
  /** Drawn thinner and without a legend entry (e.g. the 20 regional lines behind the national one). */
  muted?: boolean;
}

export interface TableColumn<W = string> {
  key: string;
  label: W;
  /** How to print the column's numbers; text columns have none. */
  unit?: Unit;
  decimals?: number;
  /**
   * For a column of figures of different quantities (cards): the key of the row field that holds
   * each row's unit. The row's `decimals` field, when a number, gives its decimals.
   */
  unitFrom?: string;
  /**
   * "under-index": on a phone the column is shown under each row's name instead of beside it, so a
   * wordy column (who nominated a candidate) doesn't push the numbers out of view.
   * "under-index-labelled": the same, after the column's name, where two such columns would
   * otherwise read alike (the sources of two counts).
   */
  onNarrow?: "under-index" | "under-index-labelled";
  /** How the page writes a text column's codes ("usd" → "US dollars"); files keep the codes. */
  shown?: Record<string, W>;
}

/** A release a map can be coloured by: its short id in the URL, and the revision behind it. */
export interface ReleaseChoice<W = string> {
  id: string;
  label: W;
  revisionId: string;
  /**
   * The release has figures by region. One that gave the country's figure only (2022's final count)
   * stays a valid `release` in links, but is no step of the slider: the map cannot draw it.
   */
  mapped: boolean;
}

/** A vote a map can show, with its releases (the vote's own ids, as a map's `release`). */
export interface VoteChoice<W = string> {
  id: string;
  label: W;
  releaseIds: string[];
  /** The vote the chart shows when the link names none (written as nothing in a URL). */
  isDefault: boolean;
}

/** A revision a view can pin with asOf. */
export interface RevisionChoice<W = string> {
  id: string;
  label: W;
  status: RevisionStatus;
}

export const SECTION_IDS = ["election", "parliament", "campaign", "economy"] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/** A chart with its words in one language: what pages, images and exports show. */
export interface ChartModel extends ChartFields<string, ChartRow> {
  /** The language of every word in the model; the browser formats its numbers in it too. */
  locale: Locale;
}

/** A chart as built from the data, the same in every language: its words are Text. */
export type ChartDraft = ChartFields<Text, DraftRow>;

export interface ChartFields<W, R> {
  id: string;
  section: SectionId;
  title: W;
  /** Unit and date, e.g. "Share of valid votes, % · 20 Nov 2022". */
  subtitle: W;
  /**
   * "map": the tile-grid map of the 20 units, drawn on the server only (lib/charts/render/tile-map.ts).
   * "cards": one card per row, for figures of different quantities that no axis may compare.
   */
  kind: "bar" | "line" | "map" | "cards";
  /** As in recharts: "vertical" puts the categories down the side (horizontal bars, for long names). */
  layout: "horizontal" | "vertical";
  indexKey: string;
  series: ChartSeries<W>[];
  rows: R[];
  unit: Unit;
  decimals: number;
  /** Columns of the accessible data table, index first. */
  table: TableColumn<W>[];
  /** A sentence or two describing the data, generated from it. */
  summary: W;
  sourceIds: string[];
  /** Pages published after the revision that repeat its figures (data: confirmingSourceIds). */
  confirmingSourceIds?: string[];
  /** Every figure the chart shows rests on one source only (lib/data/single-source.ts). */
  singleSource?: boolean;
  /** An election's results with none by region in data/: the figure names the decree that holds them. */
  regionalNotPublished?: RegionalNotPublished;
  status?: { status: RevisionStatus; asOf: string; revisionId: string; label: W };
  /** Pixel height of the plot, reserved before any chart code loads. */
  height: number;
  /** The dataset behind the chart, and the revisions a link may pin, oldest first. */
  datasetId?: string;
  /**
   * The period the figures describe, an ISO 8601 date or interval, from the data. A chart of one
   * vote's dataset may leave it out: it covers that vote's day (lib/charts/model/coverage.ts).
   */
  coverage?: string;
  revisions?: RevisionChoice<W>[];
  /** The releases a map's slider offers, oldest first, and the one whose figures the map draws. */
  releases?: ReleaseChoice<W>[];
  release?: string;
  /** The votes a map can show, oldest first, the one shown, and the vote it is compared with. */
  votes?: VoteChoice<W>[];
  vote?: string;
  compare?: string;
  /** A seat allocation's thresholds in percent, the law's first (the default view), and the one shown. */
  thresholds?: number[];
  threshold?: number;
  /** Another chart this one leads on to (the list seats to the whole chamber), and the link's words. */
  related?: { id: string; label: W };
  /** "region": each row's id is a unit with its own page (/regions/<id>), which names and tables link to. */
  rowLinks?: "region";
  /** Row id (the row's "id" cell) or series key drawn in the accent colour. */
  highlight?: string;
  /**
   * Single-series charts of figures stated with a qualifier: the row key whose text labels each bar
   * ("> 30", "≈ $17 billion"), so the label says what the source said, not just the bar's length.
   */
  valueLabelKey?: string;
}

/** What the browser needs to draw a chart and its table: the model without its provenance and revisions. */
const DRAWABLE_KEYS = [
  "id",
  "locale",
  "title",
  "kind",
  "layout",
  "indexKey",
  "series",
  "rows",
  "unit",
  "decimals",
  "table",
  "summary",
  "height",
  "highlight",
  "valueLabelKey",
  "rowLinks",
] as const satisfies readonly (keyof ChartModel)[];

export type DrawableChart = Pick<ChartModel, (typeof DRAWABLE_KEYS)[number]> & {
  ui: ChartUiWords;
};

/** Only the drawable fields travel to the browser, with their words; the rest stays in the server-rendered figure. */
export function toDrawable(m: ChartModel): DrawableChart {
  return {
    ...(Object.fromEntries(
      DRAWABLE_KEYS.filter((k) => m[k] !== undefined).map((k) => [k, m[k]]),
    ) as Pick<ChartModel, (typeof DRAWABLE_KEYS)[number]>),
    ui: chartUiWords(m.locale, m.title),
  };
}
