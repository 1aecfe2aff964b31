import { REAL_DATA_DIR } from "./data-dir";
import { toDashboardData, type DashboardData } from "../lib/data/dashboard-data";
import { readDataDir } from "../lib/data/store";
import { LOCALES, type Locale } from "../lib/i18n/locale";

/** The real data as a reader of each language sees it: what the language-free tests compare across. */
export async function realDataInEveryLanguage(): Promise<Record<Locale, DashboardData>> {
  const result = await readDataDir(REAL_DATA_DIR);
  if (!result.ok) throw new Error("real data must validate");
  const raw = result.data;
  return Object.fromEntries(LOCALES.map((l) => [l, toDashboardData(raw, l)])) as Record<
    Locale,
    DashboardData
  >;
}
