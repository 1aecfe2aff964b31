import type { ElectionDataset } from "../../data/dataset";
import { allocateListSeats, type ListSeatsResult } from "../../elections/list-seats";
import { join, nameOf, type Text } from "../../text/text";
import type { ChartDraft, DraftRow, TableColumn } from "./model";
import { pickRevision, revisionChoices, statusOf } from "./election-charts";
import type { VoteView } from "./registry";
import { draftWords, type ChartData } from "./words";
import { SERIES_ROLE_COLORS } from "./series-roles";

const MAZHILIS_ID = "kz-2023-mazhilis";

/**
 * Thresholds a reader can try besides the law's (a what-if, not data): 2% lets the one party under
 * 5% in, 6% and 7% (the threshold of earlier elections) push parties out; 3% and 4% change nothing.
 */
const WHAT_IF_THRESHOLDS = [2, 3, 4, 6, 7];

/** Decimals of the quotient and remainder: enough to see why one remainder beat another. */
const STEP_DECIMALS = 3;

/**
 * How the 2023 list seats follow from the party-list votes, step by step (lib/elections/list-seats.ts),
 * at the law's threshold or, as a what-if, at another one; then how the district seats complete the
 * chamber. A threshold other than the law's is called hypothetical in the title, which every page,
 * file and image of the chart carries, and in a column of its own in the table and CSV.
 */
export function allocationChart(
  data: ChartData,
  revisionId?: string | null,
  view: VoteView = {},
): ChartDraft | undefined {
  const { t, num, date } = draftWords;
  const e: ElectionDataset | undefined = data.elections.find((x) => x.meta.id === MAZHILIS_ID);
  const seats = e?.meta.seats;
  if (!e || !seats) return undefined;
  const r = pickRevision(e.revisions, revisionId);
  const base = r.electorate.validVotes;
  if (!base) return undefined;
  const law = seats.thresholdPercent;
  const thresholds = [law, ...WHAT_IF_THRESHOLDS.filter((x) => x !== law)];
  const threshold = thresholds.find((x) => x === view.threshold) ?? law;
  const hypothetical = threshold !== law;
  const partyIds = new Set(e.meta.options.filter((o) => o.kind === "party").map((o) => o.id));
  const votes = r.results.filter((x) => partyIds.has(x.option));
  const result = allocateListSeats({
    parties: votes.map((x) => ({ id: x.option, votes: x.votes })),
    thresholdPercent: threshold,
    base,
    seats: seats.list,
  });
  const yesNo = { yes: t("seats.yes"), no: t("seats.no") };
  const rows: DraftRow[] = result.parties.map((p) => ({
    id: p.id,
    party: nameOf(p.id, { short: true }),
    votes: p.votes,
    // The published share where there is one: the base is the one the CEC's shares are of.
    share: votes.find((x) => x.option === p.id)?.share ?? p.share,
    passes: p.passes ? "yes" : "no",
    quotient: p.quotient,
    whole: p.whole,
    remainder: p.remainder,
    remainderSeat: p.remainderSeat ? "yes" : "no",
    listSeats: p.seats,
    ...(hypothetical ? { allocation: "hypothetical" } : {}),
  }));
  const column = (key: string, extra: Partial<TableColumn<Text>> = {}): TableColumn<Text> => ({
    key,
    label: t(`seats.columns.${key}` as Parameters<typeof t>[0]),
    ...extra,
  });
  const thresholdText = num(threshold, "percent", 0);
  return {
    id: "kz-2023-mazhilis-allocation",
    section: "parliament",
    title: hypothetical
      ? t("seats.titleHypothetical", { threshold: thresholdText })
      : t("seats.title"),
    subtitle: t("seats.subtitle", { seats: seats.list, date: date(r.asOf) }),
    kind: "bar",
    layout: "vertical",
    indexKey: "party",
    series: [
      { key: "listSeats", label: t("seats.columns.listSeats"), color: SERIES_ROLE_COLORS.seats },
    ],
    rows,
    unit: "count",
    decimals: 0,
    table: [
      column("party"),
      column("votes", { unit: "votes" }),
      column("share", { unit: "percent", decimals: r.sharePrecision }),
      column("passes", { shown: yesNo }),
      column("quotient", { unit: "count", decimals: STEP_DECIMALS }),
      column("whole", { unit: "count" }),
      column("remainder", { unit: "count", decimals: STEP_DECIMALS }),
      column("remainderSeat", { shown: yesNo }),
      column("listSeats", { unit: "count" }),
      ...(hypothetical
        ? [column("allocation", { shown: { hypothetical: t("seats.hypothetical") } })]
        : []),
    ],
    summary: describe(result, {
      hypothetical,
      law,
      base,
      seats,
      chamber: r.chamber?.seats ?? seats.list + seats.districts,
    }),
    // The votes, then what describes the method (an earlier wording of the law).
    sourceIds: [...r.sourceIds, ...(seats.methodSourceIds ?? [])],
    confirmingSourceIds: r.confirmingSourceIds,
    // The badge names a release ("final results"); a what-if threshold is a calculation on it.
    ...(hypothetical ? {} : { status: statusOf(r) }),
    datasetId: e.meta.id,
    revisions: revisionChoices(e.revisions),
    thresholds,
    threshold,
    related: {
      id: "kz-2023-mazhilis-chamber",
      label: t("seats.related", { title: t("charts.kz-2023-mazhilis-chamber.title") }),
    },
    height: 40 + rows.length * 34,
  };
}

/** The steps in sentences: who passed against which base, the quota, the remainders, the chamber. */
function describe(
  result: ListSeatsResult,
  c: {
    hypothetical: boolean;
    law: number;
    base: number;
    seats: { list: number; districts: number };
    chamber: number;
  },
): Text {
  const { t, num } = draftWords;
  const threshold = num(result.thresholdPercent, "percent", 0);
  const passing = result.parties.filter((p) => p.passes).length;
  const steps: Text[] =
    result.outcome === "allocated" && result.quota !== null
      ? [
          t("seats.summary.passed", { count: passing, threshold, base: num(c.base, "votes", 0) }),
          t("seats.summary.quota", {
            quota: num(result.quota, "count", 2),
            passing: num(result.passingVotes, "votes", 0),
            seats: c.seats.list,
          }),
          t("seats.summary.remainders", { count: result.remainderSeats }),
        ]
      : [
          t(result.outcome === "onePasses" ? "seats.summary.onePasses" : "seats.summary.nonePass", {
            threshold,
          }),
        ];
  return join(
    [
      ...(c.hypothetical
        ? [t("seats.summary.hypothetical", { threshold, law: num(c.law, "percent", 0) })]
        : []),
      ...steps,
      t("seats.summary.chamber", {
        districts: c.seats.districts,
        chamber: c.chamber,
      }),
      t("seats.summary.method"),
    ],
    " ",
  );
}
