import { DEFAULT_CHART_PARAMS, toQueryString, type ChartParams } from "../charts/view/url-codec";
import type { Locale } from "../i18n/locale";
import { siteUrl } from "../site";

/**
 * Where a stable datapackage.json points its resource: the CSV route with the same view and language,
 * and bom=0, since the descriptor's size and hash describe the CSV without a byte-order mark (see
 * lib/export/package.ts). Queries are written by the URL codec, so they name the view in its canonical
 * form, then the export options.
 */
function csvUrl(
  path: string,
  lang: Locale | null,
  params = DEFAULT_CHART_PARAMS,
  extra: [string, string][] = [],
) {
  const options: [string, string][] = [
    ...extra,
    ...(lang ? [["lang", lang] as [string, string]] : []),
    ["bom", "0"],
  ];
  return `${siteUrl()}/api/${path}${toQueryString(params, options)}`;
}

export function chartCsvUrl(
  id: string,
  params: ChartParams,
  current: boolean,
  lang: Locale | null,
) {
  return csvUrl(
    `charts/${encodeURIComponent(id)}/data.csv`,
    lang,
    params,
    current ? [["view", "current"]] : [],
  );
}

export function figuresCsvUrl(): string {
  return csvUrl("figures.csv", null);
}

/** Pinned to the revision described, so a release arriving in between cannot swap the data. */
export function electionCsvUrl(id: string, revisionId: string, lang: Locale | null): string {
  const params = { ...DEFAULT_CHART_PARAMS, asOf: revisionId };
  return csvUrl(`elections/${encodeURIComponent(id)}/results.csv`, lang, params);
}

export function regionalCsvUrl(lang: Locale | null): string {
  return csvUrl("regions/turnout.csv", lang);
}

export function checkCsvUrl(id: string, lang: Locale | null): string {
  return csvUrl(`checks/${encodeURIComponent(id)}/data.csv`, lang);
}

export function observersCsvUrl(lang: Locale | null): string {
  return csvUrl("observers.csv", lang);
}
