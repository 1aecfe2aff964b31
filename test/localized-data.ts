import { REAL_DATA_DIR } from "./data-dir";
import { toDashboardData, type DashboardData } from "../lib/data/dashboard-data";
import type { DataSet } from "../lib/data/dataset";
import { readDataDir } from "../lib/data/store";
import { LOCALES, type Locale } from "../lib/i18n/locale";

/** The project's own data/, read and validated as the site reads it. */
export async function realData(): Promise<DataSet> {
  const result = await readDataDir(REAL_DATA_DIR);
  if (!result.ok) throw new Error("real data must validate");
  return result.data;
}

/** The real data as a reader of each language sees it: what the language-free tests compare across. */
export async function realDataInEveryLanguage(): Promise<Record<Locale, DashboardData>> {
  const raw = await realData();
  return Object.fromEntries(LOCALES.map((l) => [l, toDashboardData(raw, l)])) as Record<
    Locale,
    DashboardData
  >;
}
