import { readdirSync, readFileSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { expect, test } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { strFromU8, unzipSync } from "fflate";

import { validateDataPackage } from "../test/frictionless";

/**
 * The regional turnout CSV of every vote, downloaded from the running server and held to data/ read
 * here with plain JSON.parse, not through the app's loader.
 */

const DATA = path.resolve(import.meta.dirname, "..", "data");
const CSV = "/api/regions/turnout.csv";
const readJson = <T>(...parts: string[]) =>
  JSON.parse(readFileSync(path.join(DATA, ...parts), "utf8")) as T;

interface RawRelease {
  id: string;
  national: { percent: number; voters?: number; registeredVoters?: number };
  units?: { unit: string; percent: number }[];
}

/** Each turnout dataset of a vote, with its releases, from the files. */
function rawTurnouts() {
  return readdirSync(path.join(DATA, "datasets")).flatMap((dir) => {
    const meta = readJson<{ kind: string; electionId?: string }>("datasets", dir, "meta.json");
    if (meta.kind !== "turnout" || !meta.electionId) return [];
    const releases = readdirSync(path.join(DATA, "datasets", dir, "revisions"))
      .sort()
      .map((f) => ({
        ...readJson<Omit<RawRelease, "id">>("datasets", dir, "revisions", f),
        id: f.replace(/\.json$/, ""),
      }));
    return [{ id: dir, vote: meta.electionId, releases }];
  });
}

function csvRecords(body: Buffer): Record<string, string>[] {
  return parse(body, { bom: true, columns: true, skip_empty_lines: true }) as Record<
    string,
    string
  >[];
}

test("the CSV holds every figure each release of each vote stated, as data/ has it", async ({
  request,
}) => {
  const res = await request.get(CSV);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(res.headers()["content-disposition"]).toBe(
    'attachment; filename="kz-regional-turnout.csv"',
  );
  const body = await res.body();
  expect(body.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  const rows = csvRecords(body);

  const turnouts = rawTurnouts();
  expect(turnouts.length).toBeGreaterThanOrEqual(4);
  const stated = (r: RawRelease) =>
    (r.units?.length ?? 0) +
    1 +
    Number(r.national.voters !== undefined) +
    Number(r.national.registeredVoters !== undefined);
  expect(rows).toHaveLength(turnouts.flatMap((t) => t.releases).reduce((n, r) => n + stated(r), 0));

  const cell = (revision: string, unit: string, measure: string) =>
    rows.find((r) => r.revision_id === revision && r.unit_id === unit && r.measure === measure)
      ?.value;
  for (const t of turnouts) {
    // One regional value of each vote: the last unit of its last release with a list.
    const release = t.releases.findLast((r) => r.units?.length)!;
    const unit = release.units!.at(-1)!;
    expect(rows.find((r) => r.revision_id === release.id)).toMatchObject({
      vote_id: t.vote,
      dataset_id: t.id,
    });
    expect(cell(release.id, unit.unit, "turnout"), `${t.vote} ${unit.unit}`).toBe(
      String(unit.percent),
    );
    expect(cell(release.id, "kz", "turnout"), t.vote).toBe(String(release.national.percent));
    const counted = t.releases.find((r) => r.national.voters !== undefined);
    if (counted)
      expect(cell(counted.id, "kz", "voters"), t.vote).toBe(String(counted.national.voters));
  }

  const again = await request.get(CSV, { headers: { "If-None-Match": res.headers().etag! } });
  expect(again.status()).toBe(304);
});

test("lang=kk names the units in Kazakh and changes nothing else; bom=0 drops the mark", async ({
  request,
}) => {
  const kk = await request.get(`${CSV}?lang=kk&bom=0`);
  expect(kk.headers()["content-disposition"]).toBe(
    'attachment; filename="kz-regional-turnout-kk.csv"',
  );
  const body = await kk.body();
  expect(body.subarray(0, 7).toString()).toBe("vote_id");
  const kkRows = csvRecords(body);
  const enRows = csvRecords(await (await request.get(CSV)).body());

  const { names } = readJson<{
    names: { id: string; kk: string; formerly?: { from: string; until: string; kk: string }[] }[];
  }>("names.json");
  // A unit is named as it was called on the vote's day: Nur-Sultan in 2019 and at the referendum.
  const kkOn = (id: string, day: string) => {
    const name = names.find((n) => n.id === id);
    return name?.formerly?.find((f) => f.from <= day && day < f.until)?.kk ?? name?.kk;
  };
  const regional = kkRows.filter((r) => r.unit_type !== "country");
  expect(regional.length).toBeGreaterThan(0);
  for (const r of regional)
    expect(r.unit_name, `${r.unit_id} ${r.vote_id}`).toBe(kkOn(r.unit_id!, r.vote_date!));
  expect(new Set(regional.map((r) => r.unit_name)).has("Нұр-Сұлтан қаласы")).toBe(true);
  expect(kkRows.find((r) => r.unit_id === "kz")!.unit_name).toBe("Қазақстан");
  expect(enRows.find((r) => r.unit_id === "akmola")!.unit_name).toBe("Akmola Region");
  const neutral = (rows: Record<string, string>[]) =>
    rows.map(({ unit_name: _name, ...rest }) => rest);
  expect(neutral(kkRows)).toEqual(neutral(enRows));

  const bad = await request.get(`${CSV}?lang=de`);
  expect(bad.status()).toBe(400);
  expect(((await bad.json()) as { error: { message: string } }).error.message).toBe(
    'lang must be one of kk, ru, en; got "de".',
  );
});

test("the data package validates its own CSV, and the zip holds the same CSV", async ({
  request,
  baseURL,
}) => {
  const descriptor = "/api/regions/datapackage.json";
  const res = await request.get(descriptor);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("application/json; charset=utf-8");
  const pkg = (await res.json()) as {
    profile: string;
    resources: { path: string; schema: { primaryKey?: string[] } }[];
  };
  expect(pkg.profile).toBe("tabular-data-package");
  const resource = pkg.resources[0]!;
  expect(resource.schema.primaryKey).toEqual(["vote_id", "release_id", "unit_id", "measure"]);
  const resolved = new URL(resource.path, new URL(descriptor, baseURL));
  expect(resolved.pathname + resolved.search).toBe(`${CSV}?bom=0`);
  const data = await (await request.get(resolved.href)).body();
  expect(data.equals(await (await request.get(`${CSV}?bom=0`)).body())).toBe(true);

  const dir = await mkdtemp(path.join(tmpdir(), "kz-e2e-regional-"));
  const local = { ...pkg, resources: [{ ...resource, path: "data.csv" }] };
  await writeFile(path.join(dir, "datapackage.json"), JSON.stringify(local));
  await writeFile(path.join(dir, "data.csv"), data);
  expect(await validateDataPackage(dir)).toEqual([]);

  const zip = await request.get("/api/regions/download.zip");
  expect(zip.headers()["content-type"]).toBe("application/zip");
  expect(zip.headers()["content-disposition"]).toBe(
    'attachment; filename="kz-regional-turnout.zip"',
  );
  const files = unzipSync(await zip.body());
  expect(Object.keys(files).sort()).toEqual(
    ["README.txt", "datapackage.json", "kz-regional-turnout.csv"].sort(),
  );
  expect(Buffer.from(files["kz-regional-turnout.csv"]!).equals(data)).toBe(true);
  expect(strFromU8(files["README.txt"]!)).toContain("vote_id");
  const zipDir = await mkdtemp(path.join(tmpdir(), "kz-e2e-regional-zip-"));
  for (const [name, bytes] of Object.entries(files))
    await writeFile(path.join(zipDir, name), bytes);
  expect(await validateDataPackage(zipDir)).toEqual([]);
});
