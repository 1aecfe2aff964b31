import type { ChartModel } from "../charts/model/model";
import type { Source } from "../data/schemas";
import { LICENCE } from "./chart-citation";
import { SITE_NAME } from "../i18n/site-name";

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

function creator(home: string): JsonLd {
  return { "@type": "Organization", name: SITE_NAME, url: home };
}

function basedOn(sources: Source[]): JsonLd[] {
  return sources.map((s) => ({
    "@type": "CreativeWork",
    name: s.title,
    url: s.url,
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

/** One chart's data as a Dataset, dated by the revision it shows. */
export function toChartDatasetJsonLd(
  model: ChartModel,
  sources: Source[],
  revisionDate: string,
  links: DatasetLinks,
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
    inLanguage: "en",
    creator: creator(links.home),
    spatialCoverage: { "@type": "Place", name: "Kazakhstan" },
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
    inLanguage: "en",
    creator: creator(links.home),
    spatialCoverage: { "@type": "Place", name: "Kazakhstan" },
    temporalCoverage: input.temporalCoverage,
    ...(input.article ? { isBasedOn: basedOn([input.article]) } : {}),
    hasPart: input.charts.map((c) => ({ "@type": "Dataset", name: c.title, url: c.url })),
    distribution: distribution(links),
  };
}

/** JSON for a <script type="application/ld+json">: "<" escaped so no text can close the element. */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
