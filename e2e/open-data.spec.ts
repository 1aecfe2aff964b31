import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { expect, test, type Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import initSqlJs from "sql.js";

import { axeViolations } from "./helpers";

const DATA = path.resolve(import.meta.dirname, "..", "data");

/** A revision's time straight from its file, read independently of the app's loader. */
function revisionAsOf(dataset: string, revision: string): string {
  const file = path.join(DATA, "datasets", dataset, "revisions", `${revision}.json`);
  return (JSON.parse(readFileSync(file, "utf8")) as { asOf: string }).asOf;
}

/** The newest revision time of any dataset, from the files. */
function newestAsOf(): string {
  const dir = path.join(DATA, "datasets");
  const times = readdirSync(dir).flatMap((d) =>
    readdirSync(path.join(dir, d, "revisions")).map((f) =>
      revisionAsOf(d, f.replace(/\.json$/, "")),
    ),
  );
  return times.sort((a, b) => Date.parse(a) - Date.parse(b)).at(-1)!;
}

async function jsonLd(page: Page): Promise<Record<string, unknown>[]> {
  const texts = await page.locator('script[type="application/ld+json"]').allTextContents();
  return texts.map((t) => JSON.parse(t) as Record<string, unknown>);
}

/** Ids of the election datasets, from their meta files. */
function electionIds(): string[] {
  const dir = path.join(DATA, "datasets");
  return readdirSync(dir).filter(
    (d) =>
      (JSON.parse(readFileSync(path.join(dir, d, "meta.json"), "utf8")) as { kind: string })
        .kind === "election",
  );
}

const PINNED = "2022-11-21T1200-preliminary";

test.describe("citing and finding the data", () => {
  test("a pinned chart page describes its revision as a Dataset and cites it by that date", async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
    await page.goto(`/en/charts/kz-2022-results?asOf=${PINNED}`);
    const asOf = revisionAsOf("kz-2022-presidential", PINNED);

    const [ld] = await jsonLd(page);
    expect(ld).toMatchObject({ "@context": "https://schema.org", "@type": "Dataset" });
    expect(ld!.name).toBe(await page.getByRole("heading", { level: 1 }).innerText());
    expect(ld!.dateModified).toBe(asOf);
    const url = new URL(ld!.url as string);
    expect(url.pathname + url.search).toBe(`/en/charts/kz-2022-results?asOf=${PINNED}`);
    // Each download it names is really there, of the pinned revision.
    for (const d of ld!.distribution as { contentUrl: string; encodingFormat: string }[]) {
      expect(d.contentUrl).toContain(`asOf=${PINNED}`);
      const res = await page.request.get(d.contentUrl);
      expect(res.status(), d.contentUrl).toBe(200);
      expect(res.headers()["content-type"]).toContain(d.encodingFormat);
    }

    const box = page.getByTestId("cite-box");
    await box.getByText("Cite this chart").click();
    const apa = await box.locator('pre[data-format="apa"]').innerText();
    expect(apa).toContain("(2022, November 21). Result of every option on the 2022 ballot");
    expect(apa).toContain(`/en/charts/kz-2022-results?asOf=${PINNED}`);
    // Not dated by the day it is read.
    expect(apa).not.toContain(String(new Date().getUTCFullYear()));

    await box.getByRole("button", { name: "Copy BibTeX" }).click();
    // Each copy button confirms in its own live region, beside it.
    await expect(box.getByRole("status").filter({ hasText: "copied" })).toHaveText(
      "BibTeX citation copied",
    );
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await box.locator('pre[data-format="bibtex"]').innerText());
    expect(copied).toMatch(/^@misc\{kz2022figures:kz-2022-results:2022-11-21,/);
    expect(copied).toContain("month = nov");

    expect(await axeViolations(page)).toEqual([]);
  });

  test("the dashboard is a Dataset of its charts, cited by its newest revision", async ({
    page,
  }) => {
    await page.goto("/en");
    const [ld] = await jsonLd(page);
    expect(ld!["@type"]).toBe("Dataset");
    expect(ld!.dateModified).toBe(newestAsOf());
    const charts = (await (await page.request.get("/api/charts")).json()) as {
      charts: { title: string }[];
    };
    expect((ld!.hasPart as { name: string }[]).map((p) => p.name)).toEqual(
      charts.charts.map((c) => c.title),
    );
    await page.goto("/en/sources");
    const apa = await page.getByTestId("cite-box").locator('pre[data-format="apa"]').textContent();
    const newest = new Date(newestAsOf().slice(0, 10));
    expect(apa).toContain(
      `(${newest.getUTCFullYear()}, ${newest.toLocaleString("en-US", { month: "long", timeZone: "UTC" })} ${newest.getUTCDate()})`,
    );
  });

  test("every download set of the dashboard is one link away, and each link works", async ({
    page,
  }) => {
    await page.goto("/en");
    await page.locator("#sources a").click();
    const links = page.getByTestId("data-downloads").getByRole("link");
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
    // The figures, the regional turnout and each election, each as CSV, zip and data package.
    expect(hrefs.length).toBe(3 * (2 + electionIds().length));
    for (const href of hrefs) {
      const res = await page.request.get(href);
      expect(res.status(), href).toBe(200);
      const type = res.headers()["content-type"]!;
      if (href.endsWith(".csv")) expect(type).toContain("text/csv");
      else if (href.endsWith(".zip")) expect(type).toBe("application/zip");
      else expect((await res.json()).profile).toBe("tabular-data-package");
    }
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });
    test("the citation and the structured data are in the page itself", async ({ page }) => {
      await page.goto("/en/charts/kz-2022-turnout-regions");
      expect(await jsonLd(page)).toHaveLength(1);
      await page.getByText("Cite this chart").click();
      await expect(page.locator('pre[data-format="apa"]')).toContainText("[Data set]");
    });
  });
});

test("one SQLite file holds every table, with the rows and numbers of the CSVs", async ({
  request,
}) => {
  const res = await request.get("/api/data.sqlite");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("application/vnd.sqlite3");
  expect(res.headers()["content-disposition"]).toBe(
    'attachment; filename="kz-election-data.sqlite"',
  );
  const etag = res.headers().etag!;
  const again = await request.get("/api/data.sqlite", { headers: { "If-None-Match": etag } });
  expect(again.status()).toBe(304);
  const bytes = await res.body();
  expect(bytes.subarray(0, 16).toString("latin1")).toBe("SQLite format 3\0");

  const db = new (await initSqlJs()).Database(bytes);
  const query = (sql: string) => db.exec(sql)[0]?.values ?? [];
  // The same server's CSVs, read as a spreadsheet would: the file must say what they say.
  const csv = async (url: string) =>
    parse(await (await request.get(url)).body(), { bom: true, columns: true }) as Record<
      string,
      string
    >[];
  const results = await csv("/api/elections/kz-2022-presidential/results.csv");
  const revision = results[0]!.revision!;
  const stored = query(
    `SELECT option_id, votes FROM election_results WHERE election = 'kz-2022-presidential' AND revision = '${revision}'`,
  );
  expect(stored).toEqual(results.map((r) => [r.option_id, Number(r.votes)]));
  const turnout = await csv("/api/regions/turnout.csv");
  expect(query("SELECT count(*) FROM regional_turnout")).toEqual([[turnout.length]]);
  expect(query("SELECT name FROM tables WHERE name = 'observers'")).toEqual([["observers"]]);
  db.close();

  expect((await request.get("/api/data.sqlite?lang=de")).status()).toBe(400);
});
