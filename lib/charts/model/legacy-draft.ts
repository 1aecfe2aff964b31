import type { DashboardData } from "../../data/dashboard-data";
import { lit } from "../../text/text";
import type { ChartDraft, ChartModel } from "./model";

type Builder = (
  data: DashboardData,
  revisionId?: string | null,
  votes?: { vote?: string | null; compare?: string | null },
) => ChartModel | undefined;

/** A builder that still makes words, as a drafter; while the builders move to Text one by one. */
export function legacy(build: Builder) {
  return (...args: Parameters<Builder>): ChartDraft | undefined => {
    const m = build(...args);
    if (!m) return undefined;
    const { locale: _locale, ...rest } = m;
    return {
      ...rest,
      title: lit(m.title),
      subtitle: lit(m.subtitle),
      summary: lit(m.summary),
      series: m.series.map((x) => ({ ...x, label: lit(x.label) })),
      table: m.table.map((c) => ({
        ...c,
        label: lit(c.label),
        shown: c.shown && Object.fromEntries(Object.entries(c.shown).map(([k, v]) => [k, lit(v)])),
      })),
      status: m.status && { ...m.status, label: lit(m.status.label) },
      revisions: m.revisions?.map((r) => ({ ...r, label: lit(r.label) })),
      releases: m.releases?.map((r) => ({ ...r, label: lit(r.label) })),
      votes: m.votes?.map((v) => ({ ...v, label: lit(v.label) })),
    };
  };
}
