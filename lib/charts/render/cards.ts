import { formatPeriod } from "../../format";
import type { Locale } from "../../i18n/locale";
import { translator } from "../../i18n/translate";
import { isUnit } from "../../units";
import type { ChartModel, ChartRow } from "../model/model";
import { valueLabel } from "./value-label";

/** What one card of a cards chart says, the same in every renderer (HTML, SVG download, preview). */
export interface CardFacts {
  label: string;
  /** The value as the source stated it: "> $45 billion". */
  stated: string;
  /** The same in words, for a screen reader: "more than $45 billion". */
  said: string;
  /** Unit and when: "US dollars · in 2021", "Count · as of 28 Nov 2022". */
  detail: string;
  /** Where the figure can be checked. */
  source: string;
}

/** A year or month is the period a figure covers ("in 2021"); a day is when it stood ("as of 28 Nov 2022"). */
export function cardWhen(period: string, locale: Locale): string {
  if (!period) return "";
  const t = translator(locale);
  const when = formatPeriod(period, locale);
  return /^\d{4}-\d{2}-\d{2}$/.test(period) ? t("cards.asOf", { when }) : t("cards.in", { when });
}

export function cardFacts(model: ChartModel, row: ChartRow): CardFacts {
  const stated = valueLabel(model, row, model.series[0]?.key ?? "value");
  const unit = isUnit(row.unit) ? row.unit : model.unit;
  const when = cardWhen(typeof row.period === "string" ? row.period : "", model.locale);
  const name = translator(model.locale)(`units.${unit}`);
  return {
    label: String(row[model.indexKey] ?? ""),
    stated,
    said: typeof row.said === "string" ? row.said : stated,
    detail: when ? `${name} · ${when}` : name,
    source: typeof row.source === "string" ? row.source : "",
  };
}
