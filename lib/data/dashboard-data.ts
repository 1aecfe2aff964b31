import type { DataSet } from "./dataset";
import { toDerivedFigures } from "./derived";
import { localizeDataSet } from "./localize";
import type { DerivedFigure } from "./schemas";
import type { Locale } from "../i18n/locale";

/** What pages receive: the validated data in one language, plus the figures computed from it. */
export interface DashboardData extends DataSet {
  derived: DerivedFigure[];
  locale: Locale;
}

/** Validated data as a reader of `locale` sees it, with its derived figures. */
export function toDashboardData(data: DataSet, locale: Locale): DashboardData {
  const text = localizeDataSet(data, locale);
  return { ...text, locale, derived: toDerivedFigures(text, locale) };
}
