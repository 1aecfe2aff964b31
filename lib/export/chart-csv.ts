import type { ChartModel } from "../charts/model/model";
import { toCsvFilename } from "./csv";

/**
 * e.g. kz-2022-results_2022-11-22-final.csv: the chart and, where it has one, the revision; a
 * language's code when the file has its label column (kz-2022-results_2022-11-22-final_ru.csv). The
 * image routes name their files after it too.
 */
export function toChartCsvFilename(model: ChartModel, lang: string | null = null): string {
  const revision = model.status ? `${model.status.asOf.slice(0, 10)}-${model.status.status}` : null;
  const name = toCsvFilename(model.id, revision);
  return lang ? name.replace(/\.csv$/, `_${lang}.csv`) : name;
}
