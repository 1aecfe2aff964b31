import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

import { expect, test } from "@playwright/test";

import { prepareLiveData, RELEASE_2200, TURNOUT_DATASET } from "../scripts/live-data.mjs";
import { startScaleOut } from "../scripts/scale-out.mjs";

/**
 * deploy/nginx.conf in front of two instances on one scratch DATA_DIR, as deployed: each instance bound
 * to 127.0.0.1 with SITE_URL set to nginx's address (the README's example), the cache tier's behaviour,
 * hostile requests, and a revision reaching every copy of every page.
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

test("a view in the query is served on an instance bound to 127.0.0.1, directly and through nginx", async ({
  request,
}) => {
  const { nginxUrl, instanceUrls } = stack;
  for (const origin of [nginxUrl, ...instanceUrls]) {
    for (const kind of ["charts", "embed"]) {
      const url = `${origin}/ru/${kind}/kz-2022-results?type=table`;
      const res = await request.get(url);
      expect(res.status(), url).toBe(200);
      // The view's own page: its canonical address keeps the view, at the public address.
      expect(await res.text(), url).toContain(
        `<link rel="canonical" href="${nginxUrl}/ru/charts/kz-2022-results?type=table"/>`,
      );
    }
  }
});

/** One request as sent, on its own connection (closed by the server: Connection: close), and the head of its answer. */
function rawHead(origin: string, head: string): Promise<{ status: number; headers: string }> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.write(head));
    let text = "";
    socket.on("data", (c: Buffer) => (text += c.toString("latin1")));
    socket.on("error", reject);
    socket.on("close", () => {
      const [headers = ""] = text.split("\r\n\r\n");
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(headers)?.[1] ?? 0), headers });
    });
  });
}

test("long addresses never overflow nginx's buffers or mark an instance down", async ({
  request,
}) => {
  const { nginxUrl, nginxDir } = stack;
  const long = "a".repeat(6000);
  const hostile = [
    `/charts/kz-2022-results?x=${long}`,
    `/?x=${long}`,
    `/ru/charts/kz-2022-results?x=${long}`,
    `/ru/charts/kz-2022-results?type=table&_rsc=${long}`,
    `/ru/embed/kz-2022-results?show=${long}&type=table`,
  ];
  // More than max_fails within fail_timeout, for each instance.
  const answers = await Promise.all(
    Array.from({ length: 4 }, () => hostile)
      .flat()
      .map(async (p) => (await request.get(`${nginxUrl}${p}`, { maxRedirects: 0 })).status()),
  );
  for (const status of answers) expect([200, 307, 414]).toContain(status);
  // A normal reader right after is answered by an instance, not refused.
  const after = await Promise.all(
    Array.from({ length: 20 }, (_, i) => request.get(`${nginxUrl}/api/charts?n=${i}`)),
  );
  expect(after.map((r) => r.status())).toEqual(after.map(() => 200));
  const log = readFileSync(`${nginxDir}/error.log`, "utf8");
  expect(log).not.toContain("too big header");
  expect(log).not.toContain("no live upstreams");
});

test("every answer through nginx carries the security headers once, nginx's own and Next.js's redirects too", async () => {
  const { nginxUrl } = stack;
  const host = new URL(nginxUrl).host;
  const cases = [
    ["TRACE", `TRACE / HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`],
    ["414", `GET /?${"a".repeat(20_000)} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`],
    ["400", `GET / HTTP/1.1\r\nHost: a b\r\nConnection: close\r\n\r\n`],
    ["Next.js 308", `GET /ru/ HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`],
    ["page", `GET /ru/changes HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`],
    [
      "page from nginx's cache",
      `GET /ru/changes HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`,
    ],
  ] as const;
  for (const [name, head] of cases) {
    const { status, headers } = await rawHead(nginxUrl, head);
    expect(status, name).toBeGreaterThan(0);
    for (const header of [
      "x-content-type-options: nosniff",
      "referrer-policy: ",
      "permissions-policy: ",
      "content-security-policy: ",
    ]) {
      const lines = headers.split("\r\n").filter((l) => l.toLowerCase().startsWith(header));
      expect(lines.length, `${name}: ${header}`).toBe(1);
    }
    expect(headers.toLowerCase(), name).toContain("frame-ancestors 'none'");
  }
});

test("the redirect of / names the three languages at SITE_URL, whichever instance answers", async () => {
  const { nginxUrl, instanceUrls } = stack;
  for (const origin of [nginxUrl, ...instanceUrls]) {
    const res = await fetch(`${origin}/`, {
      redirect: "manual",
      headers: { "accept-language": "ru" },
    });
    expect(res.status).toBe(307);
    const link = res.headers.get("link") ?? "";
    for (const l of ["kk", "ru", "en"]) expect(link, origin).toContain(`<${nginxUrl}/${l}>`);
    expect(link, origin).not.toContain("localhost");
  }
});

test("a client asking for a new view with every request is held to a render budget; other readers are not", async ({
  request,
}) => {
  const chart = `${stack.nginxUrl}/ru/charts/kz-2022-turnout-intraday`;
  const { columns } = (await (
    await request.get(`${stack.instanceUrls[0]}/api/charts/kz-2022-turnout-intraday/data`)
  ).json()) as { columns: { key: string }[] };
  const series = columns.slice(2).map((c) => c.key);
  // 80 distinct subsets at once: each a valid view that no cache holds yet.
  const statuses = await Promise.all(
    Array.from({ length: 80 }, async (_, i) => {
      const show = series.filter((_, bit) => ((i + 1) >> bit) % 2 === 1).join(",");
      return (await request.get(`${chart}?show=${show}`)).status();
    }),
  );
  expect(statuses.filter((s) => s === 200).length).toBeGreaterThan(0);
  expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
  expect(statuses.every((s) => s === 200 || s === 429)).toBe(true);
  // Pages without a view in the query, and the API, are not counted.
  expect((await request.get(chart)).status()).toBe(200);
  expect((await request.get(`${stack.nginxUrl}/api/charts`)).status()).toBe(200);
  // The budget refills at 10 a second, so 40 spent are back after 4 s: the next test then starts with
  // the budget any reader has, whatever order or speed the tests run at.
  await new Promise((r) => setTimeout(r, 4_500));
});

test("no request can change what nginx keeps for other readers, and no answer names a Host it was sent", async () => {
  const { nginxUrl } = stack;
  const addresses = ["/ru", "/en/changes", "/ru/charts/kz-2022-results?type=table", "/api/charts"];
  const poisons: Record<string, string>[] = [
    { host: "evil.example" },
    { "x-forwarded-host": "evil.example" },
    { "x-forwarded-proto": "gopher", "x-forwarded-port": "1" },
    { "x-original-url": "/api/revision", "x-rewrite-url": "/api/revision" },
    { rsc: "1", "next-router-state-tree": "%5B%22%22%5D" },
    { "next-router-prefetch": "1", rsc: "1" },
    { "accept-language": "kk", "accept-encoding": "identity" },
    { "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy", "x-nextjs-data": "1" },
  ];
  for (const address of addresses) {
    const clean = async () => {
      const res = await fetch(`${nginxUrl}${address}`, { headers: { "accept-encoding": "gzip" } });
      return { type: res.headers.get("content-type"), body: await res.text(), status: res.status };
    };
    const before = await clean();
    for (const headers of poisons) {
      const poisoned = await fetch(`${nginxUrl}${address}`, { headers });
      const text = await poisoned.text();
      const seen = [...poisoned.headers.values(), text].join("\n");
      expect(seen, `${address} ${JSON.stringify(headers)}`).not.toContain("evil.example");
      const after = await clean();
      expect([after.status, after.type], `${address} after ${JSON.stringify(headers)}`).toEqual([
        before.status,
        before.type,
      ]);
      expect(after.body, address).not.toContain("evil.example");
    }
  }
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
  const body = async (url: string) => {
    const res = await request.get(url);
    // Under this polling load, through the ingest, every answer is a good one.
    expect(res.status(), url).toBe(200);
    return res.text();
  };
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

test("a view that cannot be rendered is an error that nginx does not keep, never another view's page", async ({
  request,
}) => {
  test.setTimeout(30_000);
  const { nginxUrl, instanceUrls } = stack;
  const file = path.join(DATA_DIR, "figures.json");
  const good = readFileSync(file, "utf8");
  writeFileSync(file, good.slice(0, good.length / 2));
  try {
    // Each instance reads the data directory's signature at most once a second.
    await new Promise((r) => setTimeout(r, 2500));
    for (const origin of [...instanceUrls, nginxUrl, nginxUrl]) {
      const res = await request.get(`${origin}/ru/charts/kz-2022-results?type=table`);
      expect(res.status(), origin).toBe(503);
      expect(res.headers()["cache-control"], origin).toContain("no-store");
      expect(res.headers()["x-cache-status"] ?? "MISS", origin).not.toMatch(/HIT|STALE/);
      expect(await res.text(), origin).toContain("npm run validate");
    }
  } finally {
    writeFileSync(file, good);
  }
  await expect
    .poll(
      async () => (await request.get(`${nginxUrl}/ru/charts/kz-2022-results?type=table`)).status(),
      {
        timeout: 10_000,
      },
    )
    .toBe(200);
});

test("with one instance killed (-9) under load, every request through nginx is answered", async () => {
  test.setTimeout(30_000);
  const { nginxUrl, instancePids } = stack;
  // Addresses nginx does not keep, so each request goes to an instance.
  let n = 0;
  let killedAt = Infinity;
  const statuses: number[] = [];
  // nginx retries a request on the other instance only until it has begun to forward the answer: a
  // body that was on its way out of the killed instance is cut, and no proxy can mend that. Such cuts
  // are allowed for requests begun before the kill, at most one per worker; any later cut, or any
  // status but 200, fails.
  const cut: number[] = [];
  const end = Date.now() + 3000;
  const worker = async () => {
    while (Date.now() < end) {
      const started = Date.now();
      const res = await fetch(`${nginxUrl}/api/charts?n=${n++}`).catch(() => null);
      statuses.push(res?.status ?? 0);
      await res?.arrayBuffer().catch(() => cut.push(started));
    }
  };
  const load = Promise.all(Array.from({ length: 8 }, worker));
  await new Promise((r) => setTimeout(r, 800));
  const server = execFileSync("ps", ["-o", "pid=", "--ppid", String(instancePids[0])], {
    encoding: "utf8",
  }).trim();
  expect(server).toMatch(/^\d+$/);
  killedAt = Date.now();
  process.kill(Number(server), "SIGKILL");
  await load;
  expect(statuses.length).toBeGreaterThan(50);
  expect(statuses.filter((s) => s !== 200)).toEqual([]);
  expect(cut.filter((started) => started > killedAt)).toEqual([]);
  expect(cut.length).toBeLessThanOrEqual(8);
});
