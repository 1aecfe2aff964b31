import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { beforeAll, describe, expect, it } from "vitest";

import { REAL_DATA_DIR } from "../../test/data-dir";
import { toOpenApiDocument } from "./openapi";
import { CHART_PARAM_KEYS } from "../charts/view/url-codec";
import { toDashboardData } from "../data/dashboard-data";
import { readDataDir } from "../data/store";

const API_DIR = path.resolve(import.meta.dirname, "..", "..", "app", "api");

/** The paths of the routes that read a chart view from their query, found in their source. */
function viewRoutes(dir = API_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return viewRoutes(full);
    if (entry.name !== "route.ts") return [];
    // A chart export reads its view through serveExport (lib/http/serve-export.ts).
    const source = readFileSync(full, "utf8");
    if (!/withChartView|parseChartParams|serveExport\(request, "chart"/.test(source)) return [];
    return [`/api/${path.relative(API_DIR, dir)}`.replace(/\[([^\]]+)\]/g, "{$1}")];
  });
}

type Doc = ReturnType<typeof toOpenApiDocument>;
let doc: Doc;
beforeAll(async () => {
  const result = await readDataDir(REAL_DATA_DIR);
  if (!result.ok) throw new Error("real data must validate");
  doc = toOpenApiDocument(toDashboardData(result.data, "en"), "https://example.org");
});

/** The names of an operation's query parameters, its $refs resolved. */
function queryNames(p: string): string[] {
  const paths = doc.paths as unknown as Record<string, { get: { parameters: { $ref: string }[] } }>;
  const op = paths[p]!.get as { parameters: ({ $ref: string } | { name: string; in: string })[] };
  const parameters = doc.components.parameters as Record<string, { name: string; in: string }>;
  return op.parameters
    .map((ref) => ("$ref" in ref ? parameters[ref.$ref.split("/").at(-1)!]! : ref))
    .filter((x) => x.in === "query")
    .map((x) => x.name);
}

// Not the chart's view: the export options (parseExportParams), the language of the words and how
// image.svg draws (lib/charts/render/svg/params.ts).
const NOT_VIEW = new Set(["view", "bom", "lang", "w", "h", "palette", "theme"]);

describe("the chart view parameters in OpenAPI", () => {
  it("are the URL codec's keys, in its order, on every route that reads a view", () => {
    const routes = viewRoutes();
    // Hand-checked: the seven chart files and the link preview read a view (ls app/api/charts/[id]).
    expect(routes).toHaveLength(8);
    for (const route of routes)
      expect(
        queryNames(route).filter((n) => !NOT_VIEW.has(n)),
        route,
      ).toEqual([...CHART_PARAM_KEYS]);
  });

  it("list each key once, with a description and a schema", () => {
    const parameters = doc.components.parameters as Record<
      string,
      { name: string; in: string; description: string; schema: object }
    >;
    for (const key of CHART_PARAM_KEYS) {
      const found = Object.values(parameters).filter((p) => p.in === "query" && p.name === key);
      // asOf is also the election CSV's revision pin, a different parameter of another route.
      const view = found.filter((p) => !p.description.startsWith("A revision id of the election"));
      expect(view, key).toHaveLength(1);
      expect(view[0]!.description.length, key).toBeGreaterThan(20);
      expect(view[0]!.schema, key).toHaveProperty("type", "string");
    }
  });
});
