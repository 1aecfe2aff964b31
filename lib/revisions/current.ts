import type { DataSet } from "../data/dataset";
import type { RevisionState } from "./revision-state";

export type { RevisionState };

/** Where a page asks for the newest revisions (app/api/revision). */
export const REVISION_PATH = "/api/revision";

/** The newest revisions, as a page asks for them; a failed answer throws (SWR retries on that). */
export async function fetchRevisionState(url: string = REVISION_PATH): Promise<RevisionState> {
  const res = await fetch(url, { headers: { Accept: "application/json" } });
  if (!res.ok) throw new Error(`${url} answered ${res.status}`);
  return (await res.json()) as RevisionState;
}

export function toRevisionState(data: Pick<DataSet, "elections" | "turnouts">): RevisionState {
  const all = [...data.elections, ...data.turnouts];
  const datasets = Object.fromEntries(
    all
      .map((d) => [d.meta.id, d.revisions.at(-1)?.id ?? ""])
      .sort(([a], [b]) => a!.localeCompare(b!)),
  );
  const updatedAt =
    all
      .flatMap((d) => d.revisions.map((r) => r.asOf))
      .sort((a, b) => Date.parse(a) - Date.parse(b))
      .at(-1) ?? null;
  return { datasets, updatedAt };
}

/** Equal when no dataset has a new revision. */
export function sameRevisions(a: RevisionState, b: RevisionState): boolean {
  const keys = new Set([...Object.keys(a.datasets), ...Object.keys(b.datasets)]);
  return [...keys].every((k) => a.datasets[k] === b.datasets[k]);
}

/** The date of the data as a whole: its newest revision of any dataset (the epoch when there is none). */
export function dataRevisionDate(data: Pick<DataSet, "elections" | "turnouts">): string {
  return toRevisionState(data).updatedAt ?? new Date(0).toISOString();
}
