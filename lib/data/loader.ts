import "server-only";

import { dataSignature, readDataDir } from "./store";
import type { DataSet, ElectionDataset } from "./dataset";
import { toDerivedFigures } from "./derived";
import type { DerivedFigure, Source } from "./schemas";
import { formatIssues } from "./validation-issue";

/** What pages receive: the validated data plus the figures computed from it. */
export interface DashboardData extends DataSet {
  derived: DerivedFigure[];
}

export class DataUnavailableError extends Error {
  constructor() {
    super(
      "The dashboard data failed validation, so it is not being served. Run `npm run validate` for details.",
    );
    this.name = "DataUnavailableError";
  }
}

let cache: { signature: string; data: Promise<DashboardData> } | undefined;

async function load(): Promise<DashboardData> {
  const result = await readDataDir();
  if (!result.ok) {
    // The cause goes to the server log; visitors get a safe message.
    console.error(`data validation failed:\n${formatIssues(result.issues)}`);
    throw new DataUnavailableError();
  }
  return { ...result.data, derived: toDerivedFigures(result.data) };
}

/**
 * Validated data, reloaded whenever a file in the data directory changes, so a running server
 * picks up new revisions without a restart and never serves data that failed validation.
 */
export async function fetchDashboardData(): Promise<DashboardData> {
  const signature = await dataSignature();
  if (cache?.signature !== signature) {
    const data = load();
    cache = { signature, data };
    data.catch(() => {
      if (cache?.data === data) cache = undefined;
    });
  }
  return cache.data;
}

export async function fetchSources(): Promise<Source[]> {
  return (await fetchDashboardData()).sources;
}

export async function fetchElection(id: string): Promise<ElectionDataset | undefined> {
  return (await fetchDashboardData()).elections.find((e) => e.meta.id === id);
}

/** The sources a chart cites, in the order it cites them. */
export async function fetchChartSources(model: { sourceIds: string[] }): Promise<Source[]> {
  const sources = await fetchSources();
  return model.sourceIds.flatMap((id) => sources.filter((s) => s.id === id));
}
