import "server-only";

import { readDataDir, resolveDataDir } from "./store";
import type { ElectionDataset } from "./dataset";
import { toDashboardData, type DashboardData } from "./dashboard-data";
import type { Source } from "./schemas";
import { formatIssues } from "./validation-issue";
import { dataSignatures } from "./signature-cache";
import { DATA_LOCALE, type Locale } from "../i18n/locale";

export type { DashboardData };

export class DataUnavailableError extends Error {
  constructor() {
    super(
      "The dashboard data failed validation, so it is not being served. Run `npm run validate` for details.",
    );
    this.name = "DataUnavailableError";
  }
}

type Loaded = { dir: string; signature: string; data: Promise<DashboardData> };

// On globalThis for the same reason as the signature: every route bundle must share one copy.
const KEY = Symbol.for("kz-dashboard.loaded-data");
const holder = globalThis as typeof globalThis & { [KEY]?: Loaded };

async function load(dir: string): Promise<DashboardData> {
  const result = await readDataDir(dir);
  if (!result.ok) {
    // The cause goes to the server log; visitors get a safe message.
    console.error(`data validation failed:\n${formatIssues(result.issues)}`);
    throw new DataUnavailableError();
  }
  // data/ is written in English; localized() makes the other languages from this copy.
  return toDashboardData(result.data, DATA_LOCALE);
}

// One localized copy per language of each loaded copy, dropped with it.
const byLocale = new WeakMap<DashboardData, Map<Locale, DashboardData>>();

function localized(data: DashboardData, locale: Locale): DashboardData {
  if (locale === data.locale) return data;
  let copies = byLocale.get(data);
  if (!copies) byLocale.set(data, (copies = new Map()));
  let copy = copies.get(locale);
  if (!copy) {
    copy = toDashboardData(data, locale);
    copies.set(locale, copy);
  }
  return copy;
}

/**
 * Validated data, reloaded whenever a file in the data directory changes, so a running server
 * picks up new revisions without a restart and never serves data that failed validation. The
 * directory's signature is read at most once a second (lib/data/signature-cache.ts); `fresh` reads
 * it now, for the revalidate endpoint, which must see a revision the moment it is told of it.
 */
export async function fetchDashboardData({
  fresh = false,
  locale,
}: {
  fresh?: boolean;
  locale: Locale;
}): Promise<DashboardData> {
  return localized(await fetchLoaded(fresh), locale);
}

async function fetchLoaded(fresh: boolean): Promise<DashboardData> {
  const dir = resolveDataDir();
  const signature = await dataSignatures().get(dir, { fresh });
  const held = holder[KEY];
  if (held?.dir === dir && held.signature === signature) return held.data;
  const data = load(dir);
  const loaded = { dir, signature, data };
  holder[KEY] = loaded;
  data.catch(() => {
    if (holder[KEY] === loaded) holder[KEY] = undefined;
  });
  return data;
}

export async function fetchSources(): Promise<Source[]> {
  return (await fetchDashboardData({ locale: DATA_LOCALE })).sources;
}

export async function fetchElection(id: string): Promise<ElectionDataset | undefined> {
  return (await fetchDashboardData({ locale: DATA_LOCALE })).elections.find(
    (e) => e.meta.id === id,
  );
}

/**
 * The sources a chart cites, in the order it cites them, named as a reader of `locale` names them
 * (publisher, and a Kazakh or Russian page's own headline). Files for machines ask for English:
 * their publishers and titles stay the same in every language, as CSV values do.
 */
export async function fetchChartSources(
  model: { sourceIds: string[] },
  locale: Locale,
): Promise<Source[]> {
  const { sources } = await fetchDashboardData({ locale });
  return model.sourceIds.flatMap((id) => sources.filter((s) => s.id === id));
}
