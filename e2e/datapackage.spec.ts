import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { expect, test, type APIRequestContext } from "@playwright/test";
import { strFromU8, unzipSync } from "fflate";

import { validateDataPackage } from "../test/frictionless";

interface Descriptor {
  profile: string;
  name: string;
  version?: string;
  resources: { path: string; name: string }[];
}

/** Writes files into a fresh directory and validates the data package there. */
async function validateFiles(files: Record<string, Uint8Array | string>): Promise<string[]> {
  const dir = await mkdtemp(path.join(tmpdir(), "kz-e2e-datapackage-"));
  for (const [name, body] of Object.entries(files)) await writeFile(path.join(dir, name), body);
  return validateDataPackage(dir);
}

async function downloadZip(request: APIRequestContext, url: string) {
  const res = await request.get(url);
  expect(res.status(), url).toBe(200);
  expect(res.headers()["content-type"]).toBe("application/zip");
  return { name: res.headers()["content-disposition"], files: unzipSync(await res.body()) };
}

test.describe("download zips are valid Frictionless Data Packages", () => {
  for (const [url, csvName] of [
    [
      "/api/charts/kz-2022-turnout-regions/download.zip",
      "kz-2022-turnout-regions_2022-11-20-preliminary.csv",
    ],
    ["/api/figures/download.zip", "kz-2022-figures.csv"],
    [
      "/api/elections/kz-2022-presidential/download.zip?asOf=2022-11-21T1200-preliminary",
      "kz-2022-presidential-results_2022-11-21-preliminary.csv",
    ],
  ] as const) {
    test(url, async ({ request }) => {
      const zip = await downloadZip(request, url);
      expect(zip.name).toBe(`attachment; filename="${csvName.replace(/\.csv$/, ".zip")}"`);
      expect(Object.keys(zip.files)).toEqual(expect.arrayContaining([csvName, "datapackage.json"]));
      const pkg = JSON.parse(strFromU8(zip.files["datapackage.json"]!)) as Descriptor;
      expect(pkg.resources.map((r) => r.path)).toEqual([csvName]);
      expect(strFromU8(zip.files["README.txt"]!)).toContain("datapackage.json");
      expect(await validateFiles(zip.files)).toEqual([]);
    });
  }
});

test.describe("each download set has a stable datapackage.json", () => {
  for (const { descriptor, csv, zip } of [
    {
      descriptor: "/api/charts/kz-2022-results/datapackage.json",
      csv: "/api/charts/kz-2022-results/data.csv?bom=0",
      zip: "/api/charts/kz-2022-results/download.zip",
    },
    {
      // Points at the view's canonical query, as the URL codec writes it (view first, then export options).
      descriptor: "/api/charts/kz-2022-results/datapackage.json?view=current&utm_source=x&sort=asc",
      csv: "/api/charts/kz-2022-results/data.csv?sort=asc&view=current&bom=0",
    },
    { descriptor: "/api/figures/datapackage.json", csv: "/api/figures.csv?bom=0" },
    {
      descriptor: "/api/elections/kz-2023-mazhilis/datapackage.json",
      csv: "/api/elections/kz-2023-mazhilis/results.csv?asOf=2023-03-27T1200-final&bom=0",
      zip: "/api/elections/kz-2023-mazhilis/download.zip",
    },
  ]) {
    test(descriptor, async ({ request, baseURL }) => {
      const res = await request.get(descriptor);
      expect(res.status()).toBe(200);
      expect(res.headers()["content-type"]).toBe("application/json; charset=utf-8");
      const etag = res.headers().etag!;
      expect((await request.get(descriptor, { headers: { "If-None-Match": etag } })).status()).toBe(
        304,
      );
      const pkg = (await res.json()) as Descriptor;
      expect(pkg.profile).toBe("tabular-data-package");
      const resource = pkg.resources[0]!;
      expect(resource.path).not.toContain("..");

      // A relative path resolves against the descriptor's URL, as the standard says.
      const resolved = new URL(resource.path, new URL(descriptor, baseURL));
      const expected = new URL(csv, baseURL);
      expect(resolved.pathname + resolved.search).toBe(expected.pathname + expected.search);
      const data = await (await request.get(resolved.href)).body();
      expect(data.equals(await (await request.get(csv)).body())).toBe(true);
      // The package's CSV has no byte-order mark, which Frictionless readers take for part of the first
      // header; the spreadsheet download without bom=0 is the same bytes after its mark.
      const excel = await (await request.get(csv.replace(/[?&]bom=0$/, ""))).body();
      expect(excel.subarray(0, 3).toString("hex")).toBe("efbbbf");
      expect(excel.subarray(3).equals(data)).toBe(true);
      if (zip) {
        const files = (await downloadZip(request, zip)).files;
        const inZip = Object.entries(files).find(([name]) => name.endsWith(".csv"))![1];
        expect(data.equals(Buffer.from(inZip))).toBe(true);
      }

      const local = { ...pkg, resources: [{ ...resource, path: "data.csv" }] };
      expect(
        await validateFiles({ "datapackage.json": JSON.stringify(local), "data.csv": data }),
      ).toEqual([]);
    });
  }

  test("answers 404 with a message for an unknown chart, election or revision", async ({
    request,
  }) => {
    for (const [url, message] of [
      ["/api/charts/nope/datapackage.json", 'No chart with the id "nope"'],
      ["/api/elections/kz-2099/datapackage.json", 'No election with the id "kz-2099"'],
      ["/api/elections/kz-2099/download.zip", 'No election with the id "kz-2099"'],
      [
        "/api/elections/kz-2022-presidential/datapackage.json?asOf=nope",
        'No revision "nope" of kz-2022-presidential',
      ],
    ] as const) {
      const res = await request.get(url);
      expect(res.status(), url).toBe(404);
      expect(((await res.json()) as { error: { message: string } }).error.message).toContain(
        message,
      );
    }
  });
});
