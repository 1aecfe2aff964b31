import type { DashboardData } from "../../data/dashboard-data";
import { isText, type Text } from "../../text/text";
import { resolveText, textContext, type TextContext } from "../../text/resolve-text";
import type { ChartCell, ChartDraft, ChartModel, ChartRow, DraftRow } from "./model";

/**
 * The one step from a chart draft, which holds ids, numbers and Text, to the chart in one language:
 * what a page, an image or an export shows. Nothing else in lib/charts/model/ makes words.
 */
export function localizeChart(draft: ChartDraft, data: DashboardData): ChartModel {
  const ctx = textContext(data);
  const w = (text: Text) => resolveText(text, ctx);
  return {
    ...draft,
    locale: data.locale,
    title: w(draft.title),
    subtitle: w(draft.subtitle),
    summary: w(draft.summary),
    series: draft.series.map((s) => ({ ...s, label: w(s.label) })),
    rows: draft.rows.map((r) => localizeRow(r, ctx)),
    table: draft.table.map(({ shown, ...c }) => ({
      ...c,
      label: w(c.label),
      // Only where set: an absent key costs nothing in the page's React payload; undefined does.
      ...(shown && {
        shown: Object.fromEntries(Object.entries(shown).map(([k, v]) => [k, w(v)])),
      }),
    })),
    status: draft.status && { ...draft.status, label: w(draft.status.label) },
    revisions: draft.revisions?.map((r) => ({ ...r, label: w(r.label) })),
    releases: draft.releases?.map((r) => ({ ...r, label: w(r.label) })),
    votes: draft.votes?.map((v) => ({ ...v, label: w(v.label) })),
    related: draft.related && { ...draft.related, label: w(draft.related.label) },
  };
}

function localizeRow(row: DraftRow, ctx: TextContext): ChartRow {
  const out: Record<string, ChartCell> = {};
  for (const [key, cell] of Object.entries(row))
    out[key] = isText(cell) ? resolveText(cell, ctx) : cell;
  return out;
}
