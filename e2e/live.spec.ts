import { readFileSync } from "node:fs";
import path from "node:path";

import { expect, test } from "@playwright/test";

import { ingestRevision } from "../lib/ingest/ingest";
import { notifyServer } from "../lib/ingest/notify";

const LIVE = process.env.E2E_LIVE_URL!;
const TOKEN = process.env.E2E_REVALIDATE_TOKEN!;
const DATASETS = path.resolve(import.meta.dirname, "..", "data/datasets");
const RELEASE_2200 = path.resolve(
  import.meta.dirname,
  "..",
  "data/datasets/kz-2022-turnout-intraday/revisions/2022-11-20T2200-preliminary.json",
);

// The server closes a connection idle for 5 s; a request sent on it at that moment gets a reset, which
// Playwright retries when asked to (only resets, never answers).
const RESET_RETRY = { maxRetries: 1 };

// One story in order: the live server's data changes under it.
test.describe.configure({ mode: "serial" });

test("a new revision reaches an open page, pinned links say what changed, and /changes lists it", async ({
  page,
  request,
}) => {
  await page.goto(`${LIVE}/en`);
  const caption = page.locator('[data-chart-id="kz-2022-turnout-intraday"] figcaption');
  await expect(caption).toContainText("to 69.31% (20:00)");
  // The dashboard is served from Next.js's cache until the data changes.
  const cached = await request.get(`${LIVE}/en`, RESET_RETRY);
  expect(cached.headers()["x-nextjs-cache"]).toBe("HIT");
  expect(await cached.text()).toContain("to 69.31% (20:00)");
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));

  const result = await ingestRevision({
    dataDir: process.env.E2E_LIVE_DATA_DIR,
    datasetId: "kz-2022-turnout-intraday",
    revision: JSON.parse(readFileSync(RELEASE_2200, "utf8")),
    origin: "2200.json",
  });
  expect(result.ok).toBe(true);
  // The server notices a new file by itself within a second and renders its pages again, before
  // anyone tells it.
  await expect
    .poll(async () => (await request.get(`${LIVE}/`, RESET_RETRY)).text(), { timeout: 5000 })
    .toContain("to 69.43% (22:00)");
  expect(await notifyServer(LIVE, TOKEN)).toContain("told");

  // The poll interval is 2 s on this server.
  // The offer floats inside a live region that is in the page from the start.
  const offer = page.getByRole("status").getByText("New figures available");
  await expect(offer).toBeVisible({ timeout: 8000 });
  await page.getByRole("status").getByRole("button", { name: "Update" }).click();
  await expect(caption).toContainText("to 69.43% (22:00)");
  await expect(offer).toBeHidden();
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);

  await page.goto(`${LIVE}/en/charts/kz-2022-turnout-intraday?asOf=2022-11-20T2000-preliminary`);
  const banner = page.getByTestId("pinned-banner");
  await expect(banner).toContainText("Turnout 69.31% → 69.43%");
  await expect(banner.getByRole("link", { name: "See the newest figures" })).toHaveAttribute(
    "href",
    "/en/charts/kz-2022-turnout-intraday",
  );

  await page.goto(`${LIVE}/en`);
  await page.getByRole("link", { name: "What changed between revisions" }).click();
  await expect(page).toHaveURL(`${LIVE}/en/changes`);
  const entry = page.locator(
    '[data-change="kz-2022-turnout-intraday/2022-11-20T1600Z-preliminary"]',
  );
  await expect(entry).toContainText("Turnout 69.31% → 69.43%");
  await expect(entry.getByRole("link")).toHaveCount(2);

  const rev = await request.get(`${LIVE}/api/revision`, RESET_RETRY);
  expect(
    ((await rev.json()) as { datasets: Record<string, string> }).datasets[
      "kz-2022-turnout-intraday"
    ],
  ).toBe("2022-11-20T1600Z-preliminary"); // ingested: its id is the release time in UTC
  expect(
    (
      await request.get(`${LIVE}/api/revision`, {
        ...RESET_RETRY,
        headers: { "If-None-Match": rev.headers().etag! },
      })
    ).status(),
  ).toBe(304);
});

test("a certified revision is called certified everywhere", async ({ page }) => {
  const certified = (file: string) => ({
    ...(JSON.parse(readFileSync(path.resolve(DATASETS, file), "utf8")) as object),
    status: "certified",
    asOf: "2022-11-25T12:00:00+06:00",
  });
  for (const [datasetId, file] of [
    ["kz-2022-presidential", "kz-2022-presidential/revisions/2022-11-22T1200-final.json"],
    ["kz-2022-turnout-intraday", "kz-2022-turnout-intraday/revisions/2022-11-22T1200-final.json"],
  ] as const) {
    const result = await ingestRevision({
      dataDir: process.env.E2E_LIVE_DATA_DIR,
      datasetId,
      revision: certified(file),
      origin: `certified ${datasetId}`,
    });
    expect(result.ok, JSON.stringify(result)).toBe(true);
  }
  // The two files land a moment apart, and the server may render between them: wait until one page
  // shows both. How fast is the scale-out test's business; a page load here takes up to 3 s in CI.
  // The regional chart stays at the last release with regional figures: the day's count has none.
  await expect
    .poll(
      async () => {
        await page.goto(`${LIVE}/en`);
        return Promise.all([
          page.getByTestId("headline-status").textContent(),
          // The results chart beside the headline carries no badge of its own on the dashboard.
          page
            .locator('[data-chart-id="kz-2022-turnout-intraday"] [data-status]')
            .textContent()
            .then((text) => /^Certified\b/.test(text ?? "")),
        ]);
      },
      { timeout: 20_000 },
    )
    .toEqual(["Certified result · CEC · 25 Nov 2022", true]);
  await page.goto(`${LIVE}/en/charts/kz-2022-turnout-intraday`);
  await expect(
    page.getByLabel("Revision").locator("option", { hasText: /^Certified, 25 Nov 2022$/ }),
  ).toHaveCount(1);
});

test("the revalidate endpoint wants the token, and is off where none is configured", async ({
  request,
}) => {
  const missing = await request.post(`${LIVE}/api/revalidate`, RESET_RETRY);
  const wrong = await request.post(`${LIVE}/api/revalidate`, {
    ...RESET_RETRY,
    headers: { Authorization: "Bearer nope" },
  });
  expect([missing.status(), wrong.status()]).toEqual([401, 401]);
  expect(await missing.text()).toBe(await wrong.text());
  expect(
    (
      await request.post(`${LIVE}/api/revalidate`, {
        ...RESET_RETRY,
        headers: { Authorization: `Bearer ${TOKEN}` },
      })
    ).status(),
  ).toBe(200);
  expect(
    (
      await request.post("/api/revalidate", { headers: { Authorization: `Bearer ${TOKEN}` } })
    ).status(),
  ).toBe(404);
});
