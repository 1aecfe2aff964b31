import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import path from "node:path";

import { expect, test } from "@playwright/test";

import { prepareLiveData, RELEASE_2200, TURNOUT_DATASET } from "../scripts/live-data.mjs";
import { startScaleOut } from "../scripts/scale-out.mjs";

/**
 * deploy/nginx.conf in front of two instances on one scratch DATA_DIR, as deployed: the cache tier's
 * behaviour, and a revision reaching every copy of every page.
 */
test.describe.configure({ mode: "serial" });

const PORT = Number(process.env.E2E_PORT ?? 3100) + 10;
const DATA_DIR = path.join(tmpdir(), "kz-e2e-scale-out-data");
const OLD = "to 69.31% (20:00)";
const NEW = "to 69.43% (22:00)";
let stack: Awaited<ReturnType<typeof startScaleOut>>;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  prepareLiveData(DATA_DIR);
  // No REVALIDATE_TOKEN: the instances must find the revision by themselves.
  stack = await startScaleOut({
    nginxPort: PORT,
    instancePorts: [PORT + 1, PORT + 2],
    dataDir: DATA_DIR,
    env: { REVALIDATE_TOKEN: "" },
  });
});
test.afterAll(() => stack?.stop());

test("nginx keeps pages for a second behind a lock, passes navigations by, and compresses the build", async ({
  request,
}) => {
  const { nginxUrl, instanceUrls } = stack;
  await request.get(`${nginxUrl}/changes`);
  const hit = await request.get(`${nginxUrl}/changes`);
  expect(hit.headers()["x-cache-status"]).toMatch(/HIT|UPDATING|STALE/);
  // The app's caching headers pass through for a CDN in front.
  expect(hit.headers()["cache-control"]).toMatch(/s-maxage=60, stale-while-revalidate=\d+/);
  expect(hit.headers()["content-security-policy"]).toContain("default-src 'self'");

  const rsc = await request.get(`${nginxUrl}/`, { headers: { rsc: "1" } });
  expect(rsc.headers()["x-cache-status"]).toBe("BYPASS");
  expect(rsc.headers()["content-type"]).toContain("text/x-component");

  // Both instances serve the same build (one id, one set of script paths).
  const scripts = await Promise.all(
    instanceUrls.map(async (u) =>
      [...(await (await request.get(`${u}/changes`)).text()).matchAll(/src="([^"]+\.js)"/g)]
        .map((m) => m[1])
        .join(" "),
    ),
  );
  expect(scripts[0]).toBeTruthy();
  expect(scripts[1]).toBe(scripts[0]);

  const script = scripts[0]!.split(" ")[0]!;
  await request.get(`${nginxUrl}${script}`);
  const js = await request.get(`${nginxUrl}${script}`, { headers: { "accept-encoding": "gzip" } });
  expect(js.headers()["content-encoding"]).toBe("gzip");
  expect(js.headers()["x-cache-status"]).toBe("HIT");
  expect(js.headers()["cache-control"]).toContain("immutable");

  // Methods: nginx answers TRACE itself (Next.js cannot), the app the rest.
  const trace = await fetch(`${nginxUrl}/`, { method: "TRACE" }).catch(() => null);
  expect(trace?.status ?? 405).toBe(405);
  const del = await request.delete(`${nginxUrl}/api/charts`);
  expect([del.status(), del.headers().allow]).toEqual([405, "GET, HEAD, OPTIONS"]);
  // Errors are never kept.
  const missing = await request.get(`${nginxUrl}/charts/no-such-chart`);
  expect(missing.status()).toBe(404);
  expect(missing.headers()["x-cache-status"]).toBe("MISS");
});

test("one npm run ingest reaches both instances and nginx within 5 s, and the old revision is never served again", async ({
  request,
}) => {
  test.setTimeout(60_000);
  const { nginxUrl, instanceUrls } = stack;
  const NEW_ID = "2022-11-20T1600Z-preliminary"; // an ingested revision's id is its UTC release time
  const pageIsNew = (body: string) => body.includes(NEW) && !body.includes(OLD);
  const listsNew = (body: string) => body.includes(NEW_ID);
  const addresses = [nginxUrl, ...instanceUrls].flatMap((o) =>
    (
      [
        ["/", pageIsNew],
        [`/charts/${TURNOUT_DATASET}`, pageIsNew],
        ["/changes", listsNew],
        ["/api/revision", listsNew],
      ] as const
    ).map(([p, isNew]) => ({ url: `${o}${p}`, isNew })),
  );
  const body = async (url: string) => (await request.get(url)).text();
  for (const a of addresses) expect(a.isNew(await body(a.url)), a.url).toBe(false);

  const ingest = spawnSync(
    "npm",
    ["run", "ingest", "--", RELEASE_2200, "--dataset", TURNOUT_DATASET],
    { env: { ...process.env, DATA_DIR, REVALIDATE_TOKEN: "" }, encoding: "utf8" },
  );
  expect(ingest.status, ingest.stderr).toBe(0);
  const written = Date.now();

  // Every address is asked every 100 ms, as on a busy site; each must turn within 5 s and stay new.
  const seen = await Promise.all(
    addresses.map(async (a) => {
      let first = Infinity;
      while (Date.now() - written < 8_000) {
        const isNew = a.isNew(await body(a.url));
        if (isNew && first === Infinity) first = Date.now() - written;
        if (!isNew && first !== Infinity) throw new Error(`${a.url} went back to the old revision`);
        await new Promise((r) => setTimeout(r, 100));
      }
      return first;
    }),
  );
  test.info().annotations.push({
    type: "propagation (ms after ingest), nginx then each instance",
    description: addresses.map((a, i) => `${a.url} ${seen[i]}`).join("; "),
  });
  for (const [i, ms] of seen.entries()) expect(ms, addresses[i]!.url).toBeLessThanOrEqual(5000);
});
