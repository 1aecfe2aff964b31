import { cp, mkdtemp, open, readdir, readFile, rename, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { DATASETS_DIR, readDataDir, resolveDataDir } from "../data/store";
import { ElectionRevisionSchema, TurnoutRevisionSchema } from "../data/schemas";
import { fromZodError, issue, type ValidationIssue } from "../data/validation-issue";
import { isAlive, withLock } from "./lock";

export interface IngestRequest {
  datasetId: string;
  /** The new revision in the dataset's own JSON format. */
  revision: unknown;
  /** Where the revision came from, for messages (a file name). */
  origin: string;
  dataDir?: string;
  lockTimeoutMs?: number;
}

export type IngestResult =
  { ok: true; file: string; revisionId: string } | { ok: false; issues: ValidationIssue[] };

/**
 * "2022-11-22T12:00:00+06:00" + "final" → "2022-11-22T0600Z-final": the time in UTC, so two releases
 * stamped 12:00+05:00 and 12:00+06:00 (Kazakhstan moved to one time zone in 2024) get different ids;
 * sortable, and free of ":" for every file system. Revisions ingested before this keep the ids they
 * were published under (local time, no "Z"): links to them must keep working.
 */
export function revisionFileId(asOf: string, status: string): string {
  const t = Date.parse(asOf);
  if (Number.isNaN(t)) return `${asOf.replace(/[^0-9A-Za-z-]/g, "")}-${status}`;
  const iso = new Date(t).toISOString();
  return `${iso.slice(0, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}Z-${status}`;
}

const SCRATCH_PREFIX = "kz-ingest-";

/** Removes scratch copies left in the temp directory by ingests that were killed before cleaning up. */
async function removeAbandonedScratch(): Promise<void> {
  const names = await readdir(tmpdir()).catch(() => [] as string[]);
  await Promise.all(
    names.map(async (name) => {
      const pid = Number(new RegExp(`^${SCRATCH_PREFIX}(\\d+)-`).exec(name)?.[1]);
      if (pid > 0 && !isAlive(pid))
        await rm(path.join(tmpdir(), name), { recursive: true, force: true });
    }),
  );
}

async function writeAtomically(file: string, text: string): Promise<void> {
  const temp = `${file}.tmp-${process.pid}-${Date.now()}`;
  const handle = await open(temp, "wx");
  try {
    await handle.writeFile(text);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temp, file);
  const dir = await open(path.dirname(file), "r");
  await dir.sync().finally(() => dir.close());
}

async function exists(p: string): Promise<boolean> {
  return stat(p).then(
    () => true,
    () => false,
  );
}

/**
 * Adds one revision to a dataset. The new file is first validated together with all of data/ in a
 * scratch copy, with the same schemas and cross-checks as the build; on any problem nothing is written.
 * On success the file is written atomically under a lock; existing revisions are never touched.
 */
export async function ingestRevision(req: IngestRequest): Promise<IngestResult> {
  const root = resolveDataDir(req.dataDir);
  const fail = (message: string, p = ""): IngestResult => ({
    ok: false,
    issues: [issue(req.origin, p, message)],
  });

  return withLock(path.join(root, ".ingest.lock"), req.lockTimeoutMs ?? 15_000, async () => {
    const current = await readDataDir(root);
    if (!current.ok)
      return {
        ok: false,
        issues: [
          issue(req.origin, "", "the data directory does not validate as it is; fix it first"),
          ...current.issues,
        ],
      };
    const election = current.data.elections.find((e) => e.meta.id === req.datasetId);
    const turnout = current.data.turnouts.find((t) => t.meta.id === req.datasetId);
    if (!election && !turnout) {
      const ids = [...current.data.elections, ...current.data.turnouts]
        .map((d) => d.meta.id)
        .join(", ");
      return fail(`unknown dataset "${req.datasetId}"; the datasets are ${ids}`);
    }
    const parsed = (election ? ElectionRevisionSchema : TurnoutRevisionSchema).safeParse(
      req.revision,
    );
    if (!parsed.success) return { ok: false, issues: fromZodError(req.origin, parsed.error) };
    const revision = parsed.data;
    const newest = (election ?? turnout)!.revisions.at(-1);
    if (newest && Date.parse(revision.asOf) <= Date.parse(newest.asOf)) {
      return fail(
        `asOf ${revision.asOf} is not after the newest revision ${newest.id} (${newest.asOf}); history is never rewritten`,
        "asOf",
      );
    }
    const id = revisionFileId(revision.asOf, revision.status);
    const rel = `${DATASETS_DIR}/${req.datasetId}/revisions/${id}.json`;
    if (await exists(path.join(root, rel)))
      return fail(`${rel} already exists; history is never rewritten`);

    const text = `${JSON.stringify(revision, null, 2)}\n`;
    await removeAbandonedScratch();
    // The pid in the name tells a later ingest whether this copy's owner still runs.
    const scratch = await mkdtemp(path.join(tmpdir(), `${SCRATCH_PREFIX}${process.pid}-`));
    try {
      await cp(root, scratch, { recursive: true, filter: (src) => !src.endsWith(".ingest.lock") });
      await writeAtomically(path.join(scratch, rel), text);
      const staged = await readDataDir(scratch);
      if (!staged.ok) return { ok: false, issues: staged.issues };
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
    await writeAtomically(path.join(root, rel), text);
    return { ok: true, file: rel, revisionId: id };
  });
}

/** Reads a revision file (JSON) or a results table (CSV, see lib/ingest/results-csv.ts) for ingest. */
export async function readRevisionFile(
  file: string,
): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  try {
    // A byte-order mark (editors on Windows write one) is not part of the JSON or CSV text.
    return { ok: true, text: (await readFile(file, "utf8")).replace(/^\uFEFF/, "") };
  } catch (e) {
    return {
      ok: false,
      message: `cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? "error"}`,
    };
  }
}
