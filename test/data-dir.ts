import { cp, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

export const REAL_DATA_DIR = path.resolve(import.meta.dirname, "..", "data");
export const MISPRINTS_DIR = path.resolve(import.meta.dirname, "fixtures", "misprints");

/** A scratch copy of data/ that a test may change freely. */
export async function copyDataDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "kz-data-"));
  await cp(REAL_DATA_DIR, dir, { recursive: true });
  return dir;
}

type JsonValue = unknown;

/** Sets (or, with value undefined, deletes) the value at a JSON path inside one data file. */
export async function editJson(
  dir: string,
  file: string,
  edit: (json: Record<string, JsonValue>) => void,
): Promise<void> {
  const abs = path.join(dir, file);
  const json = JSON.parse(await readFile(abs, "utf8")) as Record<string, JsonValue>;
  edit(json);
  await writeFile(abs, JSON.stringify(json, null, 2));
}

export function setPath(
  json: JsonValue,
  keys: readonly (string | number)[],
  value: JsonValue,
): void {
  let node = json as Record<string | number, JsonValue>;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string | number, JsonValue>;
  const last = keys[keys.length - 1]!;
  if (value === undefined) delete node[last];
  else node[last] = value;
}

/** A misprint found in the press, as a change to the real data (see test/fixtures/misprints). */
export interface MisprintFixture {
  name: string;
  reference: string;
  file: string;
  set: { path: (string | number)[]; value: JsonValue }[];
  expect: { path: string; contains: string[] };
}

export async function loadMisprints(): Promise<MisprintFixture[]> {
  const names = (await readdir(MISPRINTS_DIR)).filter((n) => n.endsWith(".json")).sort();
  return Promise.all(
    names.map(async (n) => ({
      name: n.replace(/\.json$/, ""),
      ...(JSON.parse(await readFile(path.join(MISPRINTS_DIR, n), "utf8")) as Omit<
        MisprintFixture,
        "name"
      >),
    })),
  );
}

export async function applyMisprint(dir: string, fixture: MisprintFixture): Promise<void> {
  await editJson(dir, fixture.file, (json) => {
    for (const { path: keys, value } of fixture.set) setPath(json, keys, value);
  });
}

/** Puts DATA_DIR back as it was; assigning undefined to process.env would store the string "undefined". */
export function restoreDataDirEnv(previous: string | undefined): void {
  if (previous === undefined) delete process.env.DATA_DIR;
  else process.env.DATA_DIR = previous;
}

/** Every file under a directory with its bytes, to prove that a refused change wrote nothing. */
export async function snapshotDir(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) {
      const abs = path.join(e.parentPath, e.name);
      out.set(path.relative(dir, abs), await readFile(abs, "base64"));
    }
  }
  return out;
}
