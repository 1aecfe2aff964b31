import type { ChartModel } from "../charts/model/model";
import type { Source } from "../data/schemas";
import { LICENCE } from "./chart-citation";
import type { Locale } from "../i18n/locale";
import { siteNameIn } from "../i18n/site-name";

/**
 * schema.org Dataset descriptions, so that dataset search engines list each chart and the dashboard
 * with their licence, sources, revision date and downloads. Plain objects; the page serialises them.
 */

export interface DatasetLinks {
  /** Absolute permalink of what is described. */
  url: string;
  /** Absolute URL of the site's front page (the creator's address). */
  home: string;
  csv: string;
  datapackage: string;
  zip: string;
}

type JsonLd = Record<string, unknown>;

function creator(home: string, locale: Locale): JsonLd {
  return { "@type": "Organization", name: siteNameIn(locale), url: home };
}

/**
 * The works a dataset rests on, named as the page names them (publisher in its language, a Kazakh or
 * Russian page's own headline); inLanguage is each work's own language, not the page's.
 */
function basedOn(sources: Source[]): JsonLd[] {
  return sources.map((s) => ({
    "@type": "CreativeWork",
    name: s.title,
    url: s.url,
    inLanguage: s.language,
    publisher: { "@type": "Organization", name: s.publisher },
    ...(s.published ? { datePublished: s.published } : {}),
  }));
}

function distribution(links: DatasetLinks): JsonLd[] {
  return [
    { "@type": "DataDownload", name: "CSV", encodingFormat: "text/csv", contentUrl: links.csv },
    {
      "@type": "DataDownload",
      name: "Frictionless Data Package",
      encodingFormat: "application/json",
      contentUrl: links.datapackage,
    },
    {
      "@type": "DataDownload",
      name: "Zip: CSV, data package and README",
      encodingFormat: "application/zip",
      contentUrl: links.zip,
    },
  ];
}

/**
 * One chart's data as a Dataset, dated by the revision it shows; `temporalCoverage` is the period its
 * figures describe (lib/charts/model/coverage.ts), an ISO 8601 date or interval.
 */
export function toChartDatasetJsonLd(
  model: ChartModel,
  sources: Source[],
  revisionDate: string,
  links: DatasetLinks,
  temporalCoverage: string | undefined,
): JsonLd {
  return {
    "@context": "https://schema.org",
    "@type": "Dataset",
    "@id": links.url,
    name: model.title,
    // Dataset search asks for at least 50 characters: the subtitle says what is counted and when.
    description: `${model.summary} ${model.subtitle}.`,
    url: links.url,
    identifier: model.status ? `${model.id}/${model.status.revisionId}` : model.id,
    ...(model.status ? { version: model.status.label } : {}),
    dateModified: revisionDate,
    license: LICENCE.url,
    isAccessibleForFree: true,
    // The language of the page that carries it, whose title and description these are.
    inLanguage: model.locale,
    creator: creator(links.home, model.locale),
    spatialCoverage: { "@type": "Place", name: "Kazakhstan" },
    ...(temporalCoverage ? { temporalCoverage } : {}),
    variableMeasured: model.table
      .filter((c) => c.unit)
      .map((c) => ({ "@type": "PropertyValue", name: c.label, unitText: c.unit })),
    isBasedOn: basedOn(sources),
    distribution: distribution(links),
  };
}

/** The dashboard as a Dataset whose parts are its charts. */
export function toDashboardDatasetJsonLd(input: {
  title: string;
  description: string;
  revisionDate: string;
  /** ISO 8601 interval of the elections covered, e.g. "2019-06-09/2023-03-19". */
  temporalCoverage: string;
  article: Source | undefined;
  charts: { title: string; url: string }[];
  links: DatasetLinks;
  /** The language of the page, whose title and description these are. */
  locale: Locale;
}): JsonLd {
  const { links } = input;
  return {
    "@context": "https://schema.org",
    "@type": "Dataset",
    "@id": links.url,
    name: input.title,
    description: input.description,
    url: links.url,
    dateModified: input.revisionDate,
    license: LICENCE.url,
    isAccessibleForFree: true,
    inLanguage: input.locale,
    creator: creator(links.home, input.locale),
    spatialCoverage: { "@type": "Place", name: "Kazakhstan" },
    temporalCoverage: input.temporalCoverage,
    ...(input.article ? { isBasedOn: basedOn([input.article]) } : {}),
    hasPart: input.charts.map((c) => ({ "@type": "Dataset", name: c.title, url: c.url })),
    distribution: distribution(links),
  };
}

/**
 * A page that is no dataset of its own (a region's page, the change log): what it is, in which
 * language, and the site it belongs to.
 */
export function toWebPageJsonLd(input: {
  title: string;
  description: string;
  /** Absolute permalink of the page. */
  url: string;
  home: string;
  locale: Locale;
}): JsonLd {
  return {
    "@context": "https://schema.org",
    "@type": "WebPage",
    "@id": input.url,
    name: input.title,
    description: input.description,
    url: input.url,
    inLanguage: input.locale,
    isPartOf: { "@type": "WebSite", name: siteNameIn(input.locale), url: input.home },
  };
}

/**
 * A region's page: what it is about, the region or city as a place (its name in the page's language,
 * in the other two as alternates), and, where data/ has them, its main entity, the unit's turnout at
 * every vote as a Dataset covering those votes' days, downloadable as the regional turnout files.
 * Nested in the page, so the one block says its language, as every page's does.
 */
export function toRegionJsonLd(input: {
  page: JsonLd;
  place: { url: string; name: string; alternateNames: string[] };
  rows?: {
    name: string;
    description: string;
    temporalCoverage: string | undefined;
    sources: Source[];
    links: DatasetLinks;
  };
  locale: Locale;
}): JsonLd {
  const placeId = `${input.place.url}#place`;
  const rows = input.rows && {
    "@type": "Dataset",
    "@id": `${input.place.url}#turnout`,
    name: input.rows.name,
    description: input.rows.description,
    url: input.place.url,
    license: LICENCE.url,
    isAccessibleForFree: true,
    inLanguage: input.locale,
    creator: creator(input.rows.links.home, input.locale),
    spatialCoverage: { "@id": placeId },
    ...(input.rows.temporalCoverage ? { temporalCoverage: input.rows.temporalCoverage } : {}),
    variableMeasured: { "@type": "PropertyValue", name: "turnout", unitText: "percent" },
    isBasedOn: basedOn(input.rows.sources),
    distribution: distribution(input.rows.links),
  };
  return {
    ...input.page,
    about: {
      "@type": "AdministrativeArea",
      "@id": placeId,
      name: input.place.name,
      alternateName: input.place.alternateNames,
      url: input.place.url,
      containedInPlace: { "@type": "Country", name: "Kazakhstan" },
    },
    ...(rows ? { mainEntity: rows } : {}),
  };
}

/** JSON for a <script type="application/ld+json">: "<" escaped so no text can close the element. */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
