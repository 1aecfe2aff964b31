import type { DashboardData } from "./loader";

/** For every source, what on the dashboard rests on it: figures, datasets, events. */
export function toSourceUsage(
  data: Pick<
    DashboardData,
    "figures" | "figuresSourceId" | "derived" | "events" | "elections" | "turnouts" | "twinCities"
  >,
): Map<string, string[]> {
  const usage = new Map<string, Set<string>>();
  const add = (id: string, what: string) => {
    if (!usage.has(id)) usage.set(id, new Set());
    usage.get(id)!.add(what);
  };
  for (const f of data.figures) add(data.figuresSourceId, f.label);
  add(data.twinCities.sourceId, "Twin cities");
  for (const f of data.derived) for (const id of f.sourceIds) add(id, `${f.label} (derived)`);
  for (const e of data.events) for (const id of e.sourceIds) add(id, `Event: ${e.title}`);
  for (const d of [...data.elections, ...data.turnouts]) {
    for (const r of d.revisions)
      for (const id of r.sourceIds) add(id, `${d.meta.title} (${r.status})`);
  }
  return new Map([...usage].map(([id, set]) => [id, [...set]]));
}
