import { HEADERS, RESPONSES, toComponentSchemas, toParameters } from "./openapi-components";
import { PATHS } from "./openapi-paths";
import type { DashboardData } from "../data/loader";
import { LICENCE } from "../export/chart-citation";
import packageJson from "../../package.json" with { type: "json" };
import { SITE_TITLE } from "../i18n/site-name";
import { aboutPath, siteContact, siteUrl } from "../site";

const DESCRIPTION = `The numbers behind the Kazakhstan 2022 election dashboard: chart data as JSON and CSV with
metadata and citations, every figure of the article with its source, election results by revision,
turnout by region and city at every vote, and the revision state that open pages poll.

Files (CSV, JSON, images, zips) carry an ETag and answer a matching If-None-Match with 304. Errors are
JSON with one shape, ApiError. The data is published under ${LICENCE.name}: ${LICENCE.note}`;

/**
 * SITE_CONTACT when it is an address or a web page; otherwise the about page's corrections part,
 * which says how to report an error.
 */
function toContact(): { email: string } | { url: string } {
  const contact = siteContact();
  if (contact?.href.startsWith("mailto:")) return { email: contact.text };
  if (contact?.href) return { url: contact.href };
  return { url: `${siteUrl()}${aboutPath("en", "corrections")}` };
}

/**
 * The OpenAPI 3.1 description of every API route. Response schemas are generated from the zod schemas
 * the routes' producers are typed by; chart and election ids come from the registry and the data.
 * `serverUrl` is the configured SITE_URL, or "/" (the host that served the document) without one.
 */
export function toOpenApiDocument(data: DashboardData, serverUrl: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: SITE_TITLE,
      version: packageJson.version,
      description: DESCRIPTION,
      license: { name: LICENCE.name, url: LICENCE.url },
      contact: toContact(),
    },
    servers: [{ url: serverUrl }],
    tags: [
      { name: "charts", description: "The dashboard's charts: their data, metadata and images." },
      { name: "figures", description: "The article's figures and the ones derived from data." },
      { name: "elections", description: "Official results, revision by revision." },
      {
        name: "regions",
        description: "Turnout by region and city at every vote, release by release, as open data.",
      },
      {
        name: "observers",
        description: "What election observation missions reported on each vote.",
      },
      { name: "open data", description: "Every table at once, as one SQLite file." },
      { name: "revisions", description: "Which revision of each dataset is being served." },
      { name: "meta", description: "This document." },
    ],
    paths: PATHS,
    components: {
      schemas: toComponentSchemas(),
      parameters: toParameters(data),
      headers: HEADERS,
      responses: RESPONSES,
      securitySchemes: {
        revalidateToken: {
          type: "http",
          scheme: "bearer",
          description: "The server's REVALIDATE_TOKEN.",
        },
      },
    },
  };
}
