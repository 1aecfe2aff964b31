import type { DashboardData } from "./loader";
import { translator } from "../i18n/translate";

/** For every source, what on the dashboard rests on it: figures, datasets, events. */
export function toSourceUsage(
  data: Pick<
    DashboardData,
    | "figures"
    | "figuresSourceId"
    | "derived"
    | "events"
    | "elections"
    | "turnouts"
    | "twinCities"
    | "locale"
  >,
): Map<string, string[]> {
  const t = translator(data.locale);
  const usage = new Map<string, Set<string>>();
  const add = (id: string, what: string) => {
    if (!usage.has(id)) usage.set(id, new Set());
    usage.get(id)!.add(what);
  };
  for (const f of data.figures) add(data.figuresSourceId, f.label);
  add(data.twinCities.sourceId, t("usage.twinCities"));
  for (const f of data.derived)
    for (const id of f.sourceIds) add(id, t("usage.derived", { label: f.label }));
  for (const e of data.events)
    for (const id of e.sourceIds) add(id, t("usage.event", { title: e.title }));
  for (const d of [...data.elections, ...data.turnouts]) {
    for (const r of d.revisions)
      for (const id of r.sourceIds)
        add(id, `${d.meta.title} (${t(`status.${r.status}`).toLowerCase()})`);
  }
  return new Map([...usage].map(([id, set]) => [id, [...set]]));
}
