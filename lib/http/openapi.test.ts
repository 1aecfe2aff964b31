import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { Validator } from "@seriousme/openapi-schema-validator";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { beforeAll, describe, expect, it } from "vitest";

import { REAL_DATA_DIR } from "../../test/data-dir";
import { apiError } from "./api-error";
import { toOpenApiDocument } from "./openapi";
import { listCharts } from "../charts/model/listing";
import { CHART_REGISTRY } from "../charts/model/registry";
import { toDashboardData } from "../data/dashboard-data";
import type { DashboardData } from "../data/loader";
import { readDataDir } from "../data/store";
import { toChartDataJson } from "../export/chart-data";
import { toChartMetadataJson } from "../export/chart-citation";
import { toFigureList } from "../export/figures-table";
import { toRevisionState } from "../revisions/current";

const API_DIR = path.resolve(import.meta.dirname, "..", "..", "app", "api");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];
// app/api/[...path] answers every path no other route serves with a JSON 404; it is not an endpoint.
const CATCH_ALL = "/api/{...path}";

type Doc = ReturnType<typeof toOpenApiDocument>;
let data: DashboardData;
let doc: Doc;
beforeAll(async () => {
  const result = await readDataDir(REAL_DATA_DIR);
  if (!result.ok) throw new Error("real data must validate");
  data = toDashboardData(result.data, "en");
  doc = toOpenApiDocument(data, "https://example.org");
});

/** "GET /api/charts/{id}/data" for every method each route file exports, read from the source. */
function routeOperations(dir = API_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeOperations(full);
    if (entry.name !== "route.ts") return [];
    const source = readFileSync(full, "utf8");
    const route = `/api/${path.relative(API_DIR, dir)}`.replace(/\[([^\]]+)\]/g, "{$1}");
    const exported = METHODS.filter((m) =>
      new RegExp(`export (async )?function ${m}\\b|\\bas ${m}\\b`).test(source),
    );
    return exported.map((m) => `${m} ${route.replace(/\/$/, "")}`);
  });
}

function documentedOperations(d: Doc): string[] {
  return Object.entries(d.paths).flatMap(([p, item]) =>
    Object.keys(item).map((m) => `${m.toUpperCase()} ${p}`),
  );
}

function validatorFor(d: Doc) {
  const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
  addFormats(ajv);
  // The wrapper only gives the $refs (#/components/schemas/…) somewhere to resolve.
  ajv.addKeyword("components");
  ajv.addSchema({ $id: "https://example.org/components", components: d.components });
  return (name: string, body: unknown) => {
    const validate = ajv.getSchema(`https://example.org/components#/components/schemas/${name}`);
    if (!validate) throw new Error(`no schema ${name}`);
    return validate(body)
      ? []
      : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
  };
}

describe(toOpenApiDocument, () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(doc) as Record<string, unknown>);
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
  });

  it("documents every operation of every route under app/api, and nothing else", () => {
    const routes = routeOperations().filter((op) => !op.endsWith(` ${CATCH_ALL}`));
    expect(routes).toContain("GET /api/charts/{id}/data.csv");
    expect(routes).toContain("POST /api/revalidate");
    const documented = documentedOperations(doc);
    expect(documented.sort()).toEqual(routes.sort());
  });

  it("has JSON Schemas that compile strictly and pin every field of the API's own objects", () => {
    const check = validatorFor(doc);
    const loose: string[] = [];
    const walk = (schema: unknown, at: string) => {
      if (!schema || typeof schema !== "object") return;
      const s = schema as Record<string, unknown>;
      if (s.properties) {
        if (s.additionalProperties !== false) loose.push(at);
        // A field is optional only where a producer may really leave it out; only the data package
        // does (a version and date where the data has revisions, a unit where a column has one).
        if (!at.startsWith("DataPackage"))
          expect(Object.keys(s.properties as object).sort(), at).toEqual(
            [...((s.required as string[]) ?? [])].sort(),
          );
      }
      for (const [k, v] of Object.entries(s)) walk(v, `${at}/${k}`);
    };
    for (const [name, schema] of Object.entries(doc.components.schemas)) {
      expect(check(name, undefined), name).not.toEqual([]);
      walk(schema, name);
    }
    expect(loose).toEqual([]);
  });

  it("gives real ids as examples: the first chart, its election and a revision of it", () => {
    const p = doc.components.parameters;
    const election = data.elections.find((e) => e.meta.id === p.ElectionId.example)!;
    expect(p.ChartId.example).toBe("kz-2022-results");
    expect(election.meta.id).toBe("kz-2022-presidential");
    expect(election.revisions.map((r) => r.id)).toContain(p.ResultsAsOf.example);
    expect(election.revisions.map((r) => r.id)).toContain(p.ChartAsOf.example);
    expect(p.ChartId.schema.enum).toContain("economy-partners");
  });
});

describe("the response schemas", () => {
  it("accept what the producers really return", async () => {
    const check = validatorFor(doc);
    expect(check("ChartList", { charts: await listCharts() })).toEqual([]);
    expect(check("FigureList", toFigureList(data))).toEqual([]);
    expect(check("RevisionState", toRevisionState(data))).toEqual([]);
    expect(check("ApiError", await apiError(404, "No chart.").json())).toEqual([]);
    for (const spec of CHART_REGISTRY) {
      const model = spec.build(data)!;
      const sources = data.sources.filter((s) => model.sourceIds.includes(s.id));
      const meta = toChartMetadataJson(model, sources, "https://example.org/c", "2024-01-01");
      expect(check("ChartData", toChartDataJson(model)), spec.id).toEqual([]);
      expect(check("ChartMetadata", meta), spec.id).toEqual([]);
    }
  });

  it("reject a body with a field renamed or missing", () => {
    const check = validatorFor(doc);
    const model = CHART_REGISTRY[0]!.build(data)!;
    const { licence, ...meta } = toChartMetadataJson(
      model,
      [],
      "https://example.org/c",
      "2024-01-01",
    );
    expect(check("ChartMetadata", { ...meta, license: licence })).not.toEqual([]);
    expect(check("ChartMetadata", meta)).not.toEqual([]);
    const { figures } = toFigureList(data);
    const { source_url, ...row } = figures[0]!;
    expect(check("FigureList", { figures: [{ ...row, sourceUrl: source_url }] })).not.toEqual([]);
    expect(check("RevisionState", { datasets: {}, updated: null })).not.toEqual([]);
  });
});
