import { isSingleSourceRevision } from "../../data/single-source";
import type { ElectionDataset } from "../../data/dataset";
import { pickRevision, revisionChoices, statusOf } from "./election-charts";
import { join, nameOf } from "../../text/text";
import type { ChartDraft } from "./model";
import { regionalNotPublished } from "./regional-note";
import { draftWords, type ChartData } from "./words";
import { SERIES_ROLE_COLORS } from "./series-roles";

export const REFERENDUM_ID = "kz-2022-referendum";

function findReferendum(data: ChartData): ElectionDataset | undefined {
  return data.elections.find((e) => e.meta.id === REFERENDUM_ID);
}

/**
 * The referendum's answers with the ballots that counted for neither, as shares of all ballots cast
 * (the base the commission used). A release that gave a row's share without its count leaves the row
 * out and says so, rather than filling in a count derived from the others.
 */
export function referendumChart(
  data: ChartData,
  revisionId?: string | null,
): ChartDraft | undefined {
  const { t, num, date } = draftWords;
  const e = findReferendum(data);
  if (!e) return undefined;
  const r = pickRevision(e.revisions, revisionId);
  const cast = r.electorate.ballotsCast;
  if (cast === undefined) return undefined;
  const rows = r.results.map((x) => ({
    id: x.option,
    option: nameOf(x.option, { short: true }),
    votes: x.votes,
    share: x.share ?? Math.round((x.votes / cast) * 10000) / 100,
  }));
  const yes = rows.find((x) => x.id === "yes");
  const no = rows.find((x) => x.id === "no");
  const missing = e.meta.options.filter((o) => !r.results.some((x) => x.option === o.id));
  const sentences = [
    ...(yes && no
      ? [
          t("charts.kz-2022-referendum.summary", {
            yes: num(yes.share, "percent"),
            yesVotes: num(yes.votes, "votes"),
            no: num(no.share, "percent"),
            noVotes: num(no.votes, "votes"),
            cast: num(cast, "votes"),
            turnout: num(r.turnout.percent, "percent"),
          }),
        ]
      : []),
    ...missing.map((o) =>
      t("charts.kz-2022-referendum.countNotPublished", { option: nameOf(o.id, { short: true }) }),
    ),
  ];
  return {
    id: REFERENDUM_ID,
    section: "election",
    title: t("charts.kz-2022-referendum.title"),
    subtitle: t("charts.kz-2022-referendum.subtitle", { date: date(e.meta.electionDate) }),
    kind: "bar",
    layout: "vertical",
    indexKey: "option",
    series: [{ key: "share", label: t("columns.shareOfCast"), color: SERIES_ROLE_COLORS.share }],
    rows,
    unit: "percent",
    decimals: r.sharePrecision,
    table: [
      { key: "option", label: t("columns.answer") },
      { key: "votes", label: t("columns.ballots"), unit: "votes" },
      {
        key: "share",
        label: t("columns.shareOfCast"),
        unit: "percent",
        decimals: r.sharePrecision,
      },
    ],
    summary: join(sentences, " "),
    sourceIds: r.sourceIds,
    confirmingSourceIds: r.confirmingSourceIds,
    singleSource: isSingleSourceRevision(r),
    status: statusOf(r),
    datasetId: e.meta.id,
    revisions: revisionChoices(e.revisions),
    regionalNotPublished: regionalNotPublished(e),
    height: 40 + rows.length * 36,
  };
}
