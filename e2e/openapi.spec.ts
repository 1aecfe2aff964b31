import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

/** Elections with turnout by region, read from data/ as stored. */
const TURNOUT_VOTES = readdirSync(path.resolve(import.meta.dirname, "..", "data", "datasets"))
  .filter((d) => d.includes("-turnout-"))
  .map(
    (d) =>
      (
        JSON.parse(
          readFileSync(
            path.resolve(import.meta.dirname, "..", "data", "datasets", d, "meta.json"),
            "utf8",
          ),
        ) as { electionId: string }
      ).electionId,
  )
  .sort();

/**
 * Every documented GET is called against the production server with real ids, and what comes back
 * must be what the document says: a documented status, a documented media type, the documented
 * headers, and (for JSON) a body that validates against the documented schema.
 */

type Schema = { $ref?: string; properties?: Record<string, Schema>; items?: Schema };
interface Parameter {
  name: string;
  in: string;
  schema: { enum?: string[] };
}
interface Response {
  headers?: Record<string, { $ref?: string; required?: boolean }>;
  content?: Record<string, { schema?: Schema }>;
}
interface Operation {
  parameters?: { $ref: string }[];
  responses: Record<string, Response | { $ref: string }>;
}
interface OpenApi {
  paths: Record<string, Record<string, Operation>>;
  components: Record<string, Record<string, unknown>>;
}
interface Listing {
  id: string;
  dataset: string | null;
  views: { types: string[]; sorts: string[]; measures: string[]; asOf: boolean };
}

const DATASETS = path.resolve(import.meta.dirname, "..", "data", "datasets");
const essence = (contentType = "") => contentType.split(";")[0]!.trim().toLowerCase();

/** Resolves "#/components/…" within the document. */
function resolve<T>(doc: OpenApi, node: T | { $ref: string }): T {
  const ref = (node as { $ref?: string }).$ref;
  if (!ref) return node as T;
  const [, , group, name] = ref.split("/");
  return resolve(doc, doc.components[group!]![name!] as T);
}

function operations(doc: OpenApi) {
  return Object.entries(doc.paths).flatMap(([p, item]) =>
    Object.entries(item).map(([method, op]) => ({
      key: `${method.toUpperCase()} ${p}`,
      path: p,
      method,
      op,
      params: (op.parameters ?? []).map((x) => resolve<Parameter>(doc, x)),
    })),
  );
}

/** Ajv over the whole document, so that each schema's $refs resolve where they point. */
function validatorFor(doc: OpenApi) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(doc, "openapi.json");
  const escape = (s: string) => encodeURIComponent(s.replace(/~/g, "~0").replace(/\//g, "~1"));
  return (pointer: string[], body: unknown): string[] => {
    const validate = ajv.compile({ $ref: `openapi.json#/${pointer.map(escape).join("/")}` });
    return validate(body)
      ? []
      : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
  };
}

/** Real values for every parameter, taken from the API's own listing and from data/. */
async function realExamples(request: APIRequestContext) {
  const { charts } = (await (await request.get("/api/charts")).json()) as { charts: Listing[] };
  // A chart on an election dataset with several revisions exercises the most parameters.
  const chart = charts.find((c) => c.views.asOf && c.views.measures.length > 1)!;
  const election = chart.dataset!;
  const revisions = readdirSync(path.join(DATASETS, election, "revisions"))
    .map((f) => f.replace(/\.json$/, ""))
    .sort();
  const meta = JSON.parse(readFileSync(path.join(DATASETS, election, "meta.json"), "utf8")) as {
    kind: string;
    options: { id: string }[];
  };
  expect(meta.kind).toBe("election");
  expect(revisions.length).toBeGreaterThan(1);
  // A table of the turnout checks, as the checks page links it.
  const checks = await (await request.get("/en/checks/turnout")).text();
  const check = checks.match(/\/api\/checks\/([\w-]+)\/data\.csv/)?.[1];
  expect(check, "the checks page links a table").toBeDefined();
  return {
    ids: [chart.id, election, check!],
    query: {
      view: "current",
      type: chart.views.types.at(-1)!,
      sort: chart.views.sorts.at(-1)!,
      measure: chart.views.measures.at(-1)!,
      show: "none",
      highlight: meta.options[0]!.id,
      asOf: revisions[0]!,
      // A map's vote and comparison: the first and last votes with turnout by region in data/.
      vote: TURNOUT_VOTES[0]!,
      compare: TURNOUT_VOTES.at(-1)!,
      release: "final",
      // One of the "what if" thresholds of the seat allocation (2–7%), not the law's 5%.
      threshold: "7",
      lang: "kk",
      bom: "0",
      // image.svg drawn as a phone's page shows it, in the dark theme.
      w: "330",
      h: "300",
      palette: "page",
      theme: "dark",
    } as Record<string, string>,
  };
}

const MAGIC: Record<string, (body: Buffer) => boolean> = {
  "image/png": (b) => b.subarray(0, 8).equals(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10])),
  "application/zip": (b) => b.subarray(0, 4).toString("latin1") === "PK\x03\x04",
  "image/svg+xml": (b) => /^(<\?xml[^>]*>\s*)?<svg[\s>]/.test(b.toString("utf8")),
  "text/csv": (b) => b.toString("utf8").includes("\r\n"),
  "application/atom+xml": (b) =>
    /^<\?xml[^>]*>\s*<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom"/.test(b.toString("utf8")),
};

test("the document is served as JSON and lists the data package and zip routes", async ({
  request,
}) => {
  const res = await request.get("/api/openapi.json");
  expect(res.status()).toBe(200);
  expect(essence(res.headers()["content-type"])).toBe("application/json");
  expect(res.headers()["etag"]).toBeTruthy();
  const doc = (await res.json()) as OpenApi & { openapi: string; servers: { url: string }[] };
  expect(doc.openapi).toBe("3.1.0");
  expect(doc.servers).toHaveLength(1);
  expect(operations(doc).map((o) => o.key)).toEqual(
    expect.arrayContaining([
      "GET /api/charts/{id}/datapackage.json",
      "GET /api/figures/download.zip",
      "GET /api/openapi.json",
    ]),
  );
});

test("every documented GET answers as documented, with real ids and view parameters", async ({
  request,
}) => {
  test.setTimeout(120_000);
  const doc = (await (await request.get("/api/openapi.json")).json()) as OpenApi;
  const validate = validatorFor(doc);
  const { ids, query } = await realExamples(request);
  const gets = operations(doc).filter((o) => o.method === "get");
  expect(gets.length).toBeGreaterThanOrEqual(12);
  let mutated = 0;

  /** Checks one answer against the operation's responses; returns the body. */
  async function conforms(o: (typeof gets)[number], res: APIResponse, url: string) {
    const status = String(res.status());
    expect(Object.keys(o.op.responses), `${url}: status ${status}`).toContain(status);
    const documented = resolve<Response>(doc, o.op.responses[status]!);
    for (const [name, h] of Object.entries(documented.headers ?? {})) {
      if (resolve<{ required?: boolean }>(doc, h).required)
        expect(res.headers()[name.toLowerCase()], `${url}: ${name}`).toBeTruthy();
    }
    const body = await res.body();
    if (!documented.content) return expect(body.length, `${url}: empty body`).toBe(0);
    const media = essence(res.headers()["content-type"]);
    expect(Object.keys(documented.content), `${url}: media type`).toContain(media);
    if (MAGIC[media]) expect(MAGIC[media](body), `${url}: looks like ${media}`).toBe(true);
    if (media !== "application/json") return;
    const schema = documented.content[media]!.schema!;
    const pointer = ["paths", o.path, o.method, "responses", status, "content", media, "schema"];
    const json = JSON.parse(body.toString("utf8")) as Record<string, unknown>;
    expect(validate(pointer, json), url).toEqual([]);
    if (status === "200" && schema.$ref) {
      // A renamed field must fail, at the top and in the first item of each list of objects.
      const component = resolve<Schema>(doc, schema);
      const renamed = (obj: Record<string, unknown>, key: string) =>
        Object.fromEntries(Object.entries(obj).map(([k, v]) => [k === key ? `${k}X` : k, v]));
      for (const key of Object.keys(json)) {
        expect(validate(pointer, renamed(json, key)), `${url}: rename ${key}`).not.toEqual([]);
        const items = component.properties?.[key]?.items;
        const list = json[key];
        if (!items || !resolve<Schema>(doc, items).properties || !Array.isArray(list)) continue;
        const first = list[0] as Record<string, unknown> | undefined;
        if (!first) continue;
        for (const inner of Object.keys(first)) {
          const changed = { ...json, [key]: [renamed(first, inner), ...list.slice(1)] };
          expect(validate(pointer, changed), `${url}: rename ${key}[0].${inner}`).not.toEqual([]);
        }
      }
      mutated++;
    }
  }

  for (const o of gets) {
    let base = o.path;
    for (const p of o.params.filter((x) => x.in === "path")) {
      const id = ids.find((v) => p.schema.enum?.includes(v));
      expect(id, `${o.key}: a real id in the enum of {${p.name}}`).toBeDefined();
      base = base.replace(`{${p.name}}`, id!);
    }
    const queryNames = o.params.filter((x) => x.in === "query").map((x) => x.name);
    for (const name of queryNames) expect(query[name], `an example for ${name}`).toBeDefined();
    const withQuery = queryNames.map((n) => `${n}=${encodeURIComponent(query[n]!)}`).join("&");
    for (const url of withQuery ? [base, `${base}?${withQuery}`] : [base]) {
      const res = await request.get(url);
      expect(res.status(), url).toBe(200);
      await conforms(o, res, url);
      if (o.op.responses["304"]) {
        const etag = res.headers()["etag"]!;
        const again = await request.get(url, { headers: { "If-None-Match": etag } });
        expect(again.status(), `${url} with its ETag`).toBe(304);
        await conforms(o, again, url);
      }
    }
  }
  // The listing, figures and revision once each, data and metadata.json with and without a view.
  expect(mutated).toBeGreaterThanOrEqual(7);
});

test("unknown ids, revisions and a revalidation without a token get the documented errors", async ({
  request,
}) => {
  const doc = (await (await request.get("/api/openapi.json")).json()) as OpenApi;
  const validate = validatorFor(doc);
  const live = process.env.E2E_LIVE_URL!;
  const all = operations(doc);
  const cases = [
    ...all
      .filter((o) => o.path.includes("{id}"))
      .map((o) => ({ o, url: o.path.replace("{id}", "no-such-id"), status: 404 })),
    {
      o: all.find((o) => o.key === "GET /api/elections/{id}/results.csv")!,
      url: "/api/elections/kz-2022-presidential/results.csv?asOf=1999-01-01T0000-final",
      status: 404,
    },
    {
      o: all.find((o) => o.key === "GET /api/elections/{id}/results.csv")!,
      url: "/api/elections/kz-2022-presidential/results.csv?lang=fr",
      status: 400,
    },
    { o: all.find((o) => o.key === "POST /api/revalidate")!, url: "/api/revalidate", status: 404 },
    {
      o: all.find((o) => o.key === "POST /api/revalidate")!,
      url: `${live}/api/revalidate`,
      status: 401,
    },
  ];
  expect(cases.length).toBeGreaterThanOrEqual(11);
  for (const { o, url, status } of cases) {
    const res = await (o.method === "post"
      ? request.post(url, { headers: { Authorization: "Bearer wrong" } })
      : request.get(url));
    expect(res.status(), url).toBe(status);
    expect(Object.keys(o.op.responses), url).toContain(String(status));
    expect(essence(res.headers()["content-type"]), url).toBe("application/json");
    const pointer = ["paths", o.path, o.method, "responses", String(status)];
    const documented = resolve<Response>(doc, o.op.responses[String(status)]!);
    expect(Object.keys(documented.content ?? {}), url).toEqual(["application/json"]);
    const body = (await res.json()) as { error: { status: number } };
    // The response may be a $ref to components/responses; validate against what it points to.
    const target = o.op.responses[String(status)]!;
    const at =
      "$ref" in target ? ["components", "responses", target.$ref.split("/").at(-1)!] : pointer;
    expect(validate([...at, "content", "application/json", "schema"], body), url).toEqual([]);
    expect(body.error.status).toBe(status);
  }
});
