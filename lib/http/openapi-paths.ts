import { errorResponse, schemaRef } from "./openapi-components";
import { get, header, param, response } from "./openapi-operation";
import { viewParamName } from "./openapi-view-params";
import { CHART_PARAM_KEYS } from "../charts/view/url-codec";
import { CHECK_COLUMNS } from "../export/checks-table";
import { FIGURE_CSV_COLUMNS } from "../export/figures-table";
import { RESULT_CSV_COLUMNS } from "../export/election-table";
import { NATIONAL_UNIT_ID, REGIONAL_CSV_COLUMNS } from "../export/regional-columns";
import { OBSERVER_CSV_COLUMNS } from "../export/observers-table";
import { LOCALES } from "../i18n/locale";
import { IMAGE_HEIGHT, IMAGE_WIDTH } from "../charts/render/svg/params";

// Generated from the codec's key list, so a new view key is documented on every route that reads one.
const VIEW_PARAMS = [...CHART_PARAM_KEYS.map(viewParamName), "ChartLang"].map(param);
/** How the SVG is drawn (image.svg only): bounds and values from lib/charts/render/svg/params.ts. */
const imageQuery = (
  name: string,
  description: string,
  schema: object,
  example: string | number,
) => ({
  name,
  in: "query",
  required: false,
  description: `${description} A value out of range or unknown is ignored: the default is drawn.`,
  schema,
  example,
});
const SVG_PARAMS = [
  imageQuery(
    "w",
    "Width in pixels to lay the chart out for (labels wrap and thin out to fit it); 960 for a file by default, 640 with palette=page.",
    { type: "integer", minimum: IMAGE_WIDTH.min, maximum: IMAGE_WIDTH.max },
    330,
  ),
  imageQuery(
    "h",
    "With palette=page, the height of the box the chart fills; the chart's own height by default.",
    { type: "integer", minimum: IMAGE_HEIGHT.min, maximum: IMAGE_HEIGHT.max },
    300,
  ),
  imageQuery(
    "palette",
    "file (default): the light colours in the file, with title, subtitle, status and sources drawn in, as a download. page: the chart alone, its colours as classes with a dark-scheme block, as the site's pages show it in an <img>.",
    { type: "string", enum: ["file", "page"] },
    "page",
  ),
  imageQuery(
    "theme",
    "With palette=page, one theme only instead of following the reader's colour scheme: what a reader chose on the site.",
    { type: "string", enum: ["light", "dark"] },
    "dark",
  ),
];
const LANG_400 = errorResponse("lang is not one of kk, ru, en.");
const CHART_PATH = [param("ChartId")];
const EXPORT_PARAMS = [...CHART_PATH, param("View"), ...VIEW_PARAMS];

const ELECTION_NOT_FOUND = errorResponse(
  "No election has this id, or (with asOf) the election has no such revision.",
);

const CSV = { type: "string", description: "RFC 4180 CSV, CRLF line ends." };
const columnsOf = (columns: readonly { header: string }[]) =>
  columns.map((c) => `\`${c.header}\``).join(", ");

/** Every path the API serves (and the ones pending on other branches, see test/openapi-pending-routes.ts). */
export const PATHS = {
  "/api/openapi.json": get({
    operationId: "getOpenApi",
    tag: "meta",
    summary: "This description of the API, as OpenAPI 3.1",
    description:
      "Generated on each request from the code and the data: chart, election and vote ids are enums of what is being served, and the body schemas come from the zod schemas that type the routes.",
    media: "application/json",
    schema: {
      type: "object",
      required: ["openapi", "info", "paths"],
      properties: {
        openapi: { type: "string", const: "3.1.0" },
        info: { type: "object" },
        paths: { type: "object" },
      },
    },
  }),
  "/api/charts": get({
    operationId: "listCharts",
    tag: "charts",
    summary: "Every chart of the dashboard, with the views it supports and its links",
    description:
      "For each chart: its id, title, description and section, its dataset (null for charts of article figures), the values each view parameter accepts, its default view, and the addresses of its page, embed and CSV.",
    media: "application/json",
    schema: "ChartList",
    etag: false,
  }),
  "/api/charts/{id}/data": get({
    operationId: "getChartData",
    tag: "charts",
    summary: "The numbers behind a chart, as JSON",
    description: "The same rows and columns as data.csv, with numbers as JSON numbers.",
    parameters: EXPORT_PARAMS,
    media: "application/json",
    schema: "ChartData",
    notFound: response("ChartNotFound"),
    badRequest: LANG_400,
  }),
  "/api/charts/{id}/data.csv": get({
    operationId: "getChartCsv",
    tag: "charts",
    summary: "The numbers behind a chart, as CSV",
    description:
      "One row per row of the chart's table. The header row holds the column labels (with the unit where it is a percentage, USD or points); a revisioned chart adds Status and As of columns. Text cells starting with =, +, - or @ get a leading ' so that spreadsheets do not run them as formulas.",
    parameters: [...EXPORT_PARAMS, param("Bom")],
    media: "text/csv",
    schema: CSV,
    disposition: true,
    notFound: response("ChartNotFound"),
    badRequest: LANG_400,
  }),
  "/api/charts/{id}/metadata.json": get({
    operationId: "getChartMetadata",
    tag: "charts",
    summary: "Units, revision status, sources, licence and a citation for a chart",
    description:
      "The chart's units, revision status, sources with their URLs, licence, and APA and BibTeX citations of the view asked for, dated by the data revision it shows.",
    parameters: EXPORT_PARAMS,
    media: "application/json",
    schema: "ChartMetadata",
    notFound: response("ChartNotFound"),
    badRequest: LANG_400,
  }),
  "/api/charts/{id}/download.zip": get({
    operationId: "getChartZip",
    tag: "charts",
    summary: "A chart's CSV, metadata.json and a README in one zip",
    description:
      "The CSV of the view asked for, metadata.json with the citation, datapackage.json and a README naming the sources and the licence.",
    parameters: EXPORT_PARAMS,
    media: "application/zip",
    disposition: true,
    notFound: response("ChartNotFound"),
    badRequest: LANG_400,
  }),
  "/api/charts/{id}/datapackage.json": get({
    operationId: "getChartDataPackage",
    tag: "charts",
    summary: "A chart's data described as a Frictionless Data Package",
    parameters: EXPORT_PARAMS,
    media: "application/json",
    description:
      "Describes the data.csv this query gives (with view=current, the rows as the view shows them), and points at it.",
    schema: "DataPackage",
    notFound: response("ChartNotFound"),
    badRequest: LANG_400,
  }),
  "/api/charts/{id}/image.png": get({
    operationId: "getChartPng",
    tag: "charts",
    summary: "The chart as the view shows it, as a 1200×630 PNG with its title and sources",
    description:
      "Rendered on the server for the view in the query, with the chart's title, unit and sources drawn in, in the language asked for.",
    parameters: [...CHART_PATH, ...VIEW_PARAMS],
    media: "image/png",
    etag: false,
    disposition: true,
    notFound: response("ChartNotFound"),
    badRequest: LANG_400,
  }),
  "/api/charts/{id}/image.svg": get({
    operationId: "getChartSvg",
    tag: "charts",
    summary: "The chart as the view shows it, as an SVG with its title and sources",
    description:
      "The same drawing as image.png, as scalable vector graphics with the text kept as text.",
    parameters: [...CHART_PATH, ...VIEW_PARAMS, ...SVG_PARAMS],
    media: "image/svg+xml",
    disposition: true,
    notFound: response("ChartNotFound"),
    badRequest: LANG_400,
  }),
  "/api/og/{id}": get({
    operationId: "getChartPreview",
    tag: "charts",
    summary: "A 1200×630 PNG link preview of the chart as a link's view shows it",
    description:
      "The image shown when a chart's link is shared (og:image): the chart as the link's view draws it, with its title, in the language asked for.",
    parameters: [...CHART_PATH, ...VIEW_PARAMS],
    media: "image/png",
    notFound: response("ChartNotFound"),
    badRequest: LANG_400,
  }),
  "/api/figures": get({
    operationId: "listFigures",
    tag: "figures",
    summary: "Every figure of the article and every figure derived from the data, as JSON",
    description:
      "One object per figure: its value, unit, date, category, source with its title, URL and date, and its place in the article; a derived figure is marked and carries its formula.",
    media: "application/json",
    schema: "FigureList",
  }),
  "/api/figures.csv": get({
    operationId: "getFiguresCsv",
    tag: "figures",
    summary: "Every figure of the article and every derived figure, as CSV",
    description: `Columns: ${columnsOf(FIGURE_CSV_COLUMNS)}. The first twelve keep their order.`,
    parameters: [param("Bom")],
    media: "text/csv",
    schema: CSV,
    disposition: true,
  }),
  "/api/figures/datapackage.json": get({
    operationId: "getFiguresDataPackage",
    tag: "figures",
    summary: "The figures described as a Frictionless Data Package",
    description:
      "Describes /api/figures.csv: its columns with their types, its licence and its sources.",
    media: "application/json",
    schema: "DataPackage",
  }),
  "/api/figures/download.zip": get({
    operationId: "getFiguresZip",
    tag: "figures",
    summary: "The figures with their data package, in one zip",
    description:
      "figures.csv, its datapackage.json and a README naming the sources and the licence.",
    media: "application/zip",
    disposition: true,
  }),
  "/api/elections/{id}/results.csv": get({
    operationId: "getElectionResultsCsv",
    tag: "elections",
    summary: "An election's results, one row per option on the ballot",
    description: `Columns: ${columnsOf(RESULT_CSV_COLUMNS)}.`,
    parameters: [param("ElectionId"), param("ResultsAsOf"), param("Lang"), param("Bom")],
    media: "text/csv",
    schema: CSV,
    disposition: true,
    notFound: ELECTION_NOT_FOUND,
    badRequest: errorResponse("lang is not one of kk, ru, en."),
  }),
  "/api/elections/{id}/datapackage.json": get({
    operationId: "getElectionDataPackage",
    tag: "elections",
    summary: "An election's results described as a Frictionless Data Package",
    description:
      "Describes the election's results.csv at its newest revision, giving the revision as version and its publication time as created, with its licence and sources.",
    parameters: [param("ElectionId")],
    media: "application/json",
    schema: "DataPackage",
    notFound: ELECTION_NOT_FOUND,
  }),
  "/api/elections/{id}/download.zip": get({
    operationId: "getElectionZip",
    tag: "elections",
    summary: "An election's results with their data package, in one zip",
    description:
      "results.csv at the newest revision, its datapackage.json and a README naming the sources and the licence.",
    parameters: [param("ElectionId")],
    media: "application/zip",
    disposition: true,
    notFound: ELECTION_NOT_FOUND,
  }),
  "/api/checks/{id}/data.csv": get({
    operationId: "getTurnoutCheckCsv",
    tag: "regions",
    summary: "One table of the checks on the turnout figures",
    description: `turnout-spread: every unit's turnout at each vote, with the country's and the ends marked (${columnsOf(CHECK_COLUMNS["turnout-spread"])}). turnout-moves: the units whose turnout moved most between consecutive votes, among those whose territory did not change (${columnsOf(CHECK_COLUMNS["turnout-moves"])}). turnout-releases: the election-day figures that fell, or rose after the unit's polls had closed (${columnsOf(CHECK_COLUMNS["turnout-releases"])}).`,
    parameters: [param("CheckId"), param("UnitNameLang"), param("Bom")],
    media: "text/csv",
    schema: CSV,
    disposition: true,
    notFound: errorResponse("No check table has this id."),
    badRequest: LANG_400,
  }),
  "/api/checks/{id}/datapackage.json": get({
    operationId: "getTurnoutCheckDataPackage",
    tag: "regions",
    summary:
      "One table of the checks on the turnout figures described as a Frictionless Data Package",
    description:
      "Describes the English CSV at /api/checks/{id}/data.csv?bom=0 (the same bytes without the byte-order mark): its columns, size, hash and sources.",
    parameters: [param("CheckId")],
    media: "application/json",
    schema: "DataPackage",
    notFound: errorResponse("No check table has this id."),
  }),
  "/api/regions/turnout.csv": get({
    operationId: "getRegionalTurnoutCsv",
    tag: "regions",
    summary:
      "Turnout by region and city at every vote, one row per vote, release, unit and measure",
    description: `A long table of every figure each turnout release stated: turnout for the country (unit_id \`${NATIONAL_UNIT_ID}\`) and for each region and city on its list, and the national counts where it gave them; nothing derived. Columns: ${columnsOf(REGIONAL_CSV_COLUMNS)}; vote_id, release_id, unit_id and measure identify a row.`,
    parameters: [param("UnitNameLang"), param("Bom")],
    media: "text/csv",
    schema: CSV,
    disposition: true,
    badRequest: LANG_400,
  }),
  "/api/observers.csv": get({
    operationId: "getObserversCsv",
    tag: "observers",
    summary: "What observation missions reported on each vote, one row per finding",
    description: `Each finding summed up in one sentence of the dashboard's own words, with its mission, document, date, the stages it concerns, its sources and the government's reply where one was published. Columns: ${columnsOf(OBSERVER_CSV_COLUMNS)}; id identifies a row.`,
    parameters: [param("VerdictLang"), param("Bom")],
    media: "text/csv",
    schema: CSV,
    disposition: true,
    badRequest: LANG_400,
  }),
  "/api/observers/datapackage.json": get({
    operationId: "getObserversDataPackage",
    tag: "observers",
    summary: "The observers' findings described as a Frictionless Data Package",
    description:
      "Describes the English CSV at /api/observers.csv?bom=0 (the same bytes without the byte-order mark): its columns, size, hash and sources.",
    media: "application/json",
    schema: "DataPackage",
  }),
  "/api/regions/datapackage.json": get({
    operationId: "getRegionalTurnoutDataPackage",
    tag: "regions",
    summary: "The regional turnout CSV described as a Frictionless Data Package",
    description:
      "Describes /api/regions/turnout.csv: its columns, its primary key (vote_id, release_id, unit_id, measure), its licence and its sources.",
    media: "application/json",
    schema: "DataPackage",
  }),
  "/api/regions/download.zip": get({
    operationId: "getRegionalTurnoutZip",
    tag: "regions",
    summary: "The regional turnout CSV with its data package and a README, in one zip",
    description:
      "turnout.csv in English, its datapackage.json and a README naming the sources and the licence.",
    media: "application/zip",
    disposition: true,
  }),
  "/api/data.sqlite": get({
    operationId: "getSqlite",
    tag: "open data",
    summary: "Every table of the CSV routes in one SQLite file",
    description:
      "One SQLite 3 database (open it with sqlite3, Python's sqlite3 or DB Browser): the tables figures, election_results (every revision of every election, told apart by its election and revision columns), regional_turnout, turnout_spread, turnout_moves, turnout_releases and observers, each with the columns, in order, and rows of its CSV (booleans as 1 and 0); a sources table (id, publisher, title, original_title, language, published, kind, url); and a tables catalogue (name, title, source_ids, licence, licence_url, csv_url).",
    parameters: [
      {
        name: "lang",
        in: "query",
        required: false,
        description:
          "The language of the label columns (election_results.label, unit_name, the observers' verdict and reply): kk (Kazakh), ru (Russian) or en (English, the default). Every other value is the same in each language; any other lang is a 400.",
        schema: { type: "string", enum: [...LOCALES] },
        example: "kk",
      },
    ],
    media: "application/vnd.sqlite3",
    disposition: true,
    badRequest: LANG_400,
  }),
  "/api/revision": get({
    operationId: "getRevision",
    tag: "revisions",
    summary: "The newest revision of every dataset",
    description:
      "Open pages poll this to notice new figures. Cache-Control is no-cache: send the ETag back in If-None-Match and an unchanged answer is an empty 304.",
    media: "application/json",
    schema: "RevisionState",
  }),
  "/api/changes.atom": get({
    operationId: "getChangesFeed",
    tag: "revisions",
    summary: "Every change between revisions of every dataset, as an Atom feed",
    description:
      "The change log of /{lang}/changes as Atom 1.0, newest first: one entry per revision after a dataset's first, titled by the dataset and the two revisions, updated when the newer one was published, summing up what changed and linking to the change on the page (whose address is the entry's id).",
    parameters: [param("FeedLang")],
    media: "application/atom+xml",
    badRequest: LANG_400,
  }),
  "/api/revalidate": {
    post: {
      operationId: "revalidate",
      tags: ["revisions"],
      summary: "Tell the running server to reload the data and re-render its pages",
      description:
        "Called by `npm run ingest` after it adds a revision. Off unless the server has REVALIDATE_TOKEN.",
      security: [{ revalidateToken: [] }],
      responses: {
        "200": {
          description: "Reloaded; the revisions now being served.",
          headers: { "Cache-Control": header("CacheControl") },
          content: { "application/json": { schema: schemaRef("RevisionState") } },
        },
        "401": errorResponse(
          "The bearer token is missing or wrong (the answer does not say which).",
        ),
        "404": errorResponse("Revalidation is off: the server has no REVALIDATE_TOKEN."),
        "503": errorResponse("The data on disk failed validation; the server keeps refusing it."),
      },
    },
  },
};
