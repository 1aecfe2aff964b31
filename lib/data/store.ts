import { readdir, stat } from "node:fs/promises";
import path from "node:path";

import type { z } from "zod";

import { checkElection } from "./checks/elections";
import { checkReferences, FILES } from "./checks/references";
import { checkPlausibility } from "./checks/plausibility";
import { checkTurnoutDataset } from "./checks/turnout";
import { checkNames, NAMES_FILE } from "./checks/names";
import { checkTranslations } from "./checks/translations";
import { checkSourceDates } from "./checks/source-dates";
import { checkSourceAddresses } from "./checks/source-audit";
import { checkUnits } from "./checks/units";
import { checkAllRegional } from "./checks/regional";
import { checkExitPolls } from "./checks/exit-polls";
import { EXIT_POLLS_FILE, ExitPollsFileSchema } from "./exit-polls-schema";
import { REGIONAL_DIR, RegionalResultsSchema } from "./regional-schema";
import { UNITS_FILE, UnitsFileSchema } from "./units";
import { NamesFileSchema } from "./names-schema";
import { OBSERVERS_FILE, ObserversFileSchema } from "./observers-schema";
import { checkObservers } from "./checks/observers";
import { translationsFile, TranslationsFileSchema } from "./translations-schema";
import type { DataSet, ElectionDataset, RegionalResults, TurnoutDataset } from "./dataset";
import {
  DatasetMetaSchema,
  ElectionRevisionSchema,
  EventsFileSchema,
  FiguresFileSchema,
  LimitsFileSchema,
  type Limits,
  SourcesFileSchema,
  TurnoutRevisionSchema,
  TwinCitiesFileSchema,
} from "./schemas";
import { fromZodError, issue, type ValidationIssue } from "./validation-issue";
import { fileKind, readRegularFile, type ReadLimit } from "./read-file";
import { checkRevisionDates, revisionSizeLimit } from "./revision-limits";

/**
 * The only module that reads data/. The app reaches it through lib/data/loader.ts (server-only);
 * the validator, next.config.mjs and scripts call it directly.
 */

export type ReadResult = { ok: true; data: DataSet } | { ok: false; issues: ValidationIssue[] };

export const DATASETS_DIR = "datasets";

/** data/ unless DATA_DIR points elsewhere (a scratch copy for replays and tests). */
export function resolveDataDir(dir?: string): string {
  return path.resolve(
    /* turbopackIgnore: true */ dir ?? process.env.DATA_DIR ?? path.join(process.cwd(), "data"),
  );
}

type Parsed<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };

async function readJson<S extends z.ZodType>(
  root: string,
  rel: string,
  schema: S,
  limit?: ReadLimit,
): Promise<Parsed<z.infer<S>>> {
  const read = await readRegularFile(path.join(root, rel), { limit });
  if (!read.ok) return { ok: false, issues: [issue(rel, "", read.message)] };
  const { text } = read;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, issues: [issue(rel, "", `is not valid JSON: ${(e as Error).message}`)] };
  }
  const parsed = schema.safeParse(json);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, issues: fromZodError(rel, parsed.error) };
}

async function listDir(root: string, rel: string): Promise<string[]> {
  try {
    return (await readdir(path.join(root, rel))).sort();
  } catch {
    return [];
  }
}

interface Datasets {
  elections: ElectionDataset[];
  turnouts: TurnoutDataset[];
}

/**
 * The revision files of a folder. Anything there that is not a regular file is reported rather than
 * read: reading a FIFO waits for a writer that never comes, and would hang every data route.
 */
async function listRevisionFiles(
  root: string,
  revDir: string,
  holds = "a revisions folder holds only revision files",
) {
  const names: string[] = [];
  const issues: ValidationIssue[] = [];
  for (const name of await listDir(root, revDir)) {
    // stat follows a symbolic link, as reading would, and unlike open never waits on a FIFO.
    const info = await stat(path.join(root, revDir, name)).catch(() => undefined);
    if (!info?.isFile())
      issues.push(
        issue(`${revDir}/${name}`, "", `is ${fileKind(info)}, not a regular file; ${holds}`),
      );
    else if (name.endsWith(".json")) names.push(name);
  }
  return { names, issues };
}

async function readRevisions<S extends z.ZodType>(
  root: string,
  dir: string,
  schema: S,
  maxBytes: number | undefined,
) {
  const revDir = `${dir}/revisions`;
  const { names, issues } = await listRevisionFiles(root, revDir);
  if (names.length === 0) issues.push(issue(revDir, "", "holds no revisions (*.json)"));
  const limit = maxBytes === undefined ? undefined : { maxBytes, explain: revisionSizeLimit };
  const parsed = await Promise.all(
    names.map((n) => readJson(root, `${revDir}/${n}`, schema, limit)),
  );
  const revisions = parsed.flatMap((p, i) => {
    if (!p.ok) {
      issues.push(...p.issues);
      return [];
    }
    const name = names[i]!;
    return [{ ...(p.value as object), id: name.replace(/\.json$/, ""), file: `${revDir}/${name}` }];
  }) as (z.infer<S> & { id: string; file: string; asOf: string })[];
  revisions.sort((a, b) => Date.parse(a.asOf) - Date.parse(b.asOf));
  revisions.forEach((r, i) => {
    const prev = revisions[i - 1];
    if (prev && Date.parse(prev.asOf) === Date.parse(r.asOf)) {
      issues.push(
        issue(r.file, "asOf", `same time as ${prev.file}; each revision needs its own asOf`),
      );
    }
  });
  return { revisions, issues };
}

/**
 * An election's results by region, one file per revision (lib/data/regional-schema.ts). The folder is
 * optional: no vote in data/ has published regional results yet.
 */
async function readRegional(
  root: string,
  dir: string,
  maxBytes: number | undefined,
): Promise<{ files: RegionalResults[]; issues: ValidationIssue[] }> {
  const regDir = `${dir}/${REGIONAL_DIR}`;
  const { names, issues } = await listRevisionFiles(
    root,
    regDir,
    "a regional folder holds only regional results files",
  );
  const limit = maxBytes === undefined ? undefined : { maxBytes, explain: revisionSizeLimit };
  const parsed = await Promise.all(
    names.map((n) => readJson(root, `${regDir}/${n}`, RegionalResultsSchema, limit)),
  );
  const files = parsed.flatMap((p, i) => {
    if (!p.ok) {
      issues.push(...p.issues);
      return [];
    }
    const name = names[i]!;
    return [{ ...p.value, revisionId: name.replace(/\.json$/, ""), file: `${regDir}/${name}` }];
  });
  return { files, issues };
}

async function readDatasets(
  root: string,
  maxRevisionBytes: number | undefined,
): Promise<Parsed<Datasets>> {
  const dirs = await listDir(root, DATASETS_DIR);
  const issues: ValidationIssue[] = [];
  const out: Datasets = { elections: [], turnouts: [] };
  for (const name of dirs) {
    const dir = `${DATASETS_DIR}/${name}`;
    const metaFile = `${dir}/meta.json`;
    const meta = await readJson(root, metaFile, DatasetMetaSchema);
    if (!meta.ok) {
      issues.push(...meta.issues);
      continue;
    }
    if (meta.value.id !== name)
      issues.push(issue(metaFile, "id", `"${meta.value.id}" must match its folder name "${name}"`));
    if (meta.value.kind === "election") {
      const { revisions, issues: found } = await readRevisions(
        root,
        dir,
        ElectionRevisionSchema,
        maxRevisionBytes,
      );
      const regional = await readRegional(root, dir, maxRevisionBytes);
      issues.push(...found, ...regional.issues);
      out.elections.push({ meta: meta.value, metaFile, revisions, regional: regional.files });
    } else {
      const { revisions, issues: found } = await readRevisions(
        root,
        dir,
        TurnoutRevisionSchema,
        maxRevisionBytes,
      );
      issues.push(...found);
      out.turnouts.push({ meta: meta.value, metaFile, revisions });
    }
  }
  if (dirs.length === 0) issues.push(issue(DATASETS_DIR, "", "holds no datasets"));
  return issues.length ? { ok: false, issues } : { ok: true, value: out };
}

/** data/limits.json, validated: the bounds that ingest applies before a revision is read. */
export async function readLimits(dir?: string): Promise<Parsed<Limits>> {
  return readJson(resolveDataDir(dir), FILES.limits, LimitsFileSchema);
}

/**
 * Reads, validates and cross-checks every file in the data directory. Never throws for bad data.
 * `now` is the time that revisions may not be dated (much) after.
 */
export async function readDataDir(
  dir?: string,
  { now = Date.now() }: { now?: number } = {},
): Promise<ReadResult> {
  const root = resolveDataDir(dir);
  // First: it bounds the size of the revision files read next.
  const limits = await readLimits(root);
  const maxRevisionBytes = limits.ok ? limits.value.revisionFile.maxBytes : undefined;
  const [
    sources,
    figures,
    events,
    twinCities,
    names,
    ru,
    kk,
    datasets,
    units,
    exitPolls,
    observers,
  ] = await Promise.all([
    readJson(root, FILES.sources, SourcesFileSchema),
    readJson(root, FILES.figures, FiguresFileSchema),
    readJson(root, FILES.events, EventsFileSchema),
    readJson(root, FILES.twinCities, TwinCitiesFileSchema),
    readJson(root, NAMES_FILE, NamesFileSchema),
    readJson(root, translationsFile("ru"), TranslationsFileSchema),
    readJson(root, translationsFile("kk"), TranslationsFileSchema),
    readDatasets(root, maxRevisionBytes),
    readJson(root, UNITS_FILE, UnitsFileSchema),
    readJson(root, EXIT_POLLS_FILE, ExitPollsFileSchema),
    readJson(root, OBSERVERS_FILE, ObserversFileSchema),
  ]);
  if (
    !sources.ok ||
    !figures.ok ||
    !events.ok ||
    !twinCities.ok ||
    !limits.ok ||
    !names.ok ||
    !ru.ok ||
    !kk.ok ||
    !datasets.ok ||
    !units.ok ||
    !exitPolls.ok ||
    !observers.ok
  ) {
    const issues = [
      sources,
      figures,
      events,
      twinCities,
      limits,
      names,
      ru,
      kk,
      datasets,
      units,
      exitPolls,
      observers,
    ].flatMap((p) => (p.ok ? [] : p.issues));
    return { ok: false, issues };
  }
  const data: DataSet = {
    sources: sources.value.sources,
    figures: figures.value.figures,
    figuresSourceId: figures.value.sourceId,
    events: events.value.events,
    twinCities: twinCities.value,
    names: names.value.names,
    translations: { ru: ru.value, kk: kk.value },
    units: units.value.units,
    exitPolls: exitPolls.value,
    ...datasets.value,
    observers: observers.value.findings,
  };
  const electionDates = new Map(data.elections.map((e) => [e.meta.id, e.meta.electionDate]));
  const issues = [
    ...checkReferences(data),
    ...checkNames(data.names, data),
    ...checkObservers(data),
    ...checkTranslations(data.translations, data),
    ...data.elections.flatMap(checkElection),
    ...checkExitPolls(data),
    ...checkAllRegional(data.elections, data.units, new Set(data.sources.map((s) => s.id))),
    ...data.turnouts.flatMap((t) => checkTurnoutDataset(t, electionDates.get(t.meta.electionId))),
    ...checkSourceAddresses(data.sources, sources.value.mirrors),
    ...checkUnits(
      data.units,
      new Set(data.sources.map((s) => s.id)),
      data.turnouts.map((t) => ({
        dataset: t,
        electionDate: electionDates.get(t.meta.electionId),
      })),
    ),
    ...checkSourceDates(data.sources, [
      ...data.elections.flatMap((d) => d.revisions),
      ...data.turnouts.flatMap((d) => d.revisions),
    ]),
    // Last: where a figure also disagrees with another, that more specific message comes first.
    ...checkPlausibility(limits.value, data.elections, data.turnouts),
    ...checkRevisionDates(limits.value, [...data.elections, ...data.turnouts], now),
  ];
  return issues.length ? { ok: false, issues } : { ok: true, data };
}

/** Changes whenever any file in the data directory changes, so a running server can reload. */
export async function dataSignature(dir?: string): Promise<string> {
  const root = resolveDataDir(dir);
  const parts: string[] = [];
  async function walk(rel: string): Promise<void> {
    const entries = await readdir(path.join(root, rel), { withFileTypes: true }).catch(() => []);
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const child = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) await walk(child);
      else if (e.name.endsWith(".json")) {
        const s = await stat(path.join(root, child));
        parts.push(`${child}:${s.size}:${s.mtimeMs}`);
      }
    }
  }
  await walk("");
  return parts.join("|");
}
