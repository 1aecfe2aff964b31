import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

import { expect, test, type Download, type Page } from "@playwright/test";
import { parse } from "csv-parse/sync";

import { rawFigures } from "./helpers";

async function download(page: Page, testId: string): Promise<{ name: string; body: Buffer }> {
  const menu = page
    .locator("figure[data-chart-id] details")
    .filter({ has: page.locator("summary", { hasText: "Download" }) });
  if (!(await menu.evaluate((d) => (d as HTMLDetailsElement).open)))
    await menu.locator("summary").click();
  const [file]: [Download, void] = await Promise.all([
    page.waitForEvent("download"),
    page.locator(`[data-download="${testId}"]`).click(),
  ]);
  return { name: file.suggestedFilename(), body: readFileSync((await file.path())!) };
}

function csvRecords(body: Buffer): Record<string, string>[] {
  return parse(body, { bom: true, columns: true, skip_empty_lines: true }) as Record<
    string,
    string
  >[];
}

test.describe("the download menu of a chart", () => {
  test("gives the CSV as shown and in full, with the same numbers as the page", async ({
    page,
  }) => {
    await page.goto("/en/charts/kz-2022-results?sort=asc&measure=votes");
    const shown = await download(page, "csv-current");
    expect(shown.name).toBe("kz-2022-results_2022-11-22-final.csv");
    expect(shown.body.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const rows = csvRecords(shown.body);
    expect(rows.map((r) => r.Option)).toEqual([
      "Saltanat Tursynbekova",
      "Nurlan Auesbayev",
      "Meiram Kazhyken",
      "Karakat Abden",
      "Zhiguli Dairabayev",
      "Against all",
      "Kassym-Jomart Tokayev",
    ]);
    await page.getByText("Show table").click();
    const pageVotes = await page
      .locator("figure[data-chart-id] tbody tr")
      .evaluateAll((trs) => trs.map((tr) => tr.children[2]!.textContent!.replace(/,/g, "")));
    expect(rows.map((r) => r.Votes)).toEqual(pageVotes);
    expect(rows.every((r) => r.Status === "final")).toBe(true);

    const full = await download(page, "csv-full");
    expect(csvRecords(full.body)[0]).toMatchObject({
      Option: "Kassym-Jomart Tokayev",
      Votes: "6456393",
      "Share of valid votes (%)": "81.31",
    });
  });

  test("gives a zip that opens, with CSV, metadata and README", async ({ page }) => {
    await page.goto("/en/charts/kz-2022-turnout-regions");
    const zip = await download(page, "zip");
    expect(zip.name).toBe("kz-2022-turnout-regions_2022-11-20-preliminary.zip");
    // Opened with Python's zipfile, not with the library that wrote it.
    const listing = execFileSync(
      "python3",
      [
        "-c",
        "import sys,zipfile,json;z=zipfile.ZipFile(sys.stdin.buffer and __import__('io').BytesIO(sys.stdin.buffer.read()));assert z.testzip() is None;print(json.dumps({n:z.read(n).decode('utf-8-sig') for n in z.namelist()}))",
      ],
      { input: zip.body },
    );
    const files = JSON.parse(listing.toString()) as Record<string, string>;
    expect(Object.keys(files).sort()).toEqual([
      "README.txt",
      "datapackage.json",
      "kz-2022-turnout-regions_2022-11-20-preliminary.csv",
      "metadata.json",
    ]);
    expect(JSON.parse(files["metadata.json"]!)).toMatchObject({
      id: "kz-2022-turnout-regions",
      status: "preliminary",
    });
    expect(files["README.txt"]).toContain("How to cite");
    expect(files["kz-2022-turnout-regions_2022-11-20-preliminary.csv"]).toContain(
      "Zhetysu Region,81.42,preliminary",
    );
  });

  test("gives PNG and SVG images of the chart as shown", async ({ page }) => {
    await page.goto("/en/charts/kz-2022-results?highlight=against-all");
    const png = await download(page, "png");
    expect(png.name).toBe("kz-2022-results_2022-11-22-final.png");
    expect(png.body.subarray(0, 8)).toEqual(
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    );
    expect([png.body.readUInt32BE(16), png.body.readUInt32BE(20)]).toEqual([1200, 630]);

    const svg = await download(page, "svg");
    expect(svg.name).toBe("kz-2022-results_2022-11-22-final.svg");
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "image/svg+xml");
      return {
        root: doc.documentElement.nodeName,
        error: doc.getElementsByTagName("parsererror").length,
        title: doc.querySelector("title")?.textContent,
      };
    }, svg.body.toString("utf8"));
    expect(parsed).toEqual({
      root: "svg",
      error: 0,
      title: "Result of every option on the 2022 ballot",
    });
  });
});

test.describe("CSV and JSON endpoints", () => {
  test("figures.csv has the agreed columns and the same numbers as data/ and the page", async ({
    request,
    page,
  }) => {
    const res = await request.get("/api/figures.csv");
    expect(res.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    expect(res.headers()["content-disposition"]).toBe('attachment; filename="kz-2022-figures.csv"');
    const body = await res.body();
    const header = body
      .toString("utf8")
      .replace(/^\uFEFF/, "")
      .split("\r\n")[0]!;
    expect(
      header.startsWith(
        "id,label,value,unit,qualifier,date,category,derived,source_title,source_url,source_date,locator",
      ),
    ).toBe(true);
    const rows = csvRecords(body);
    await page.goto("/en");
    for (const f of rawFigures()) {
      const row = rows.find((r) => r.id === f.id)!;
      expect(Number(row.value), f.id).toBe(f.value);
      expect(row.derived).toBe("false");
      expect(
        await page.locator(`[data-figure-id="${f.id}"]`).first().getAttribute("data-value"),
      ).toBe(row.value);
    }
    expect(rows.find((r) => r.id === "ballots-not-valid-2022")).toMatchObject({
      derived: "true",
      value: "359568",
    });

    const json = (await (await request.get("/api/figures")).json()) as {
      figures: { id: string; value: number }[];
    };
    expect(json.figures.map((f) => [f.id, f.value])).toEqual(
      rows.map((r) => [r.id, Number(r.value)]),
    );
  });

  test("an election's results pick a revision with asOf, name it in the file, and leave out the BOM on request", async ({
    request,
  }) => {
    const res = await request.get(
      "/api/elections/kz-2022-presidential/results.csv?asOf=2022-11-21T1200-preliminary&bom=0",
    );
    expect(res.headers()["content-disposition"]).toBe(
      'attachment; filename="kz-2022-presidential-results_2022-11-21-preliminary.csv"',
    );
    const body = await res.body();
    expect(body[0]).toBe("e".charCodeAt(0));
    const tokayev = csvRecords(body).find((r) => r.option_id === "tokayev")!;
    expect(tokayev).toMatchObject({ votes: "6456392", share: "81.31", status: "preliminary" });
    expect((await request.get("/api/elections/kz-2099/results.csv")).status()).toBe(404);
    expect(
      (await request.get("/api/elections/kz-2022-presidential/results.csv?asOf=nope")).status(),
    ).toBe(404);
  });

  test("an election's results label each option in Kazakh, Russian or English, with the same values", async ({
    request,
  }) => {
    const base = "/api/elections/kz-2023-mazhilis/results.csv";
    const get = async (q: string) => request.get(`${base}${q}`);
    const kk = await get("?lang=kk");
    expect(kk.headers()["content-disposition"]).toMatch(/-final-kk\.csv"$/);
    const kkRows = csvRecords(await kk.body());
    const ruRows = csvRecords(await (await get("?lang=ru")).body());
    const enRows = csvRecords(await (await get("")).body());
    const label = (rows: Record<string, string>[], id: string) =>
      rows.find((r) => r.option_id === id)!.label;
    expect(label(kkRows, "qhp")).toBe("Қазақстан Халық партиясы");
    expect(label(ruRows, "qhp")).toBe("Народная партия Казахстана");
    expect(label(enRows, "qhp")).toBe("People's Party of Kazakhstan");
    const neutral = (rows: Record<string, string>[]) =>
      rows.map(({ label: _label, ...rest }) => rest);
    expect(neutral(kkRows)).toEqual(neutral(enRows));
    expect(neutral(ruRows)).toEqual(neutral(enRows));

    const bad = await request.get(`${base}?lang=de`);
    expect(bad.status()).toBe(400);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toBe(
      'lang must be one of kk, ru, en; got "de".',
    );
  });

  test("answers an unchanged download with 304", async ({ request }) => {
    for (const path of [
      "/api/figures.csv",
      "/api/charts/kz-2022-results/data.csv",
      "/api/charts/kz-2022-results/data",
    ]) {
      const first = await request.get(path);
      const etag = first.headers().etag!;
      expect(etag, path).toMatch(/^"[\w-]+"$/);
      expect(first.headers()["cache-control"]).toContain("max-age");
      expect((await request.get(path, { headers: { "If-None-Match": etag } })).status(), path).toBe(
        304,
      );
    }
  });

  test("the JSON twin of a chart matches its CSV", async ({ request }) => {
    const json = (await (await request.get("/api/charts/kz-2023-mazhilis-seats/data")).json()) as {
      rows: { party: string; listSeats: number }[];
    };
    const csv = csvRecords(
      await (await request.get("/api/charts/kz-2023-mazhilis-seats/data.csv")).body(),
    );
    expect(csv.map((r) => [r.Party, Number(r["List seats"])])).toEqual(
      json.rows.map((r) => [r.party, r.listSeats]),
    );
    expect(json.rows.reduce((s, r) => s + r.listSeats, 0)).toBe(69);
  });
});
