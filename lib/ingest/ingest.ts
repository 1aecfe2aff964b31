import { cp, mkdtemp, open, readFile, rename, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { DATASETS_DIR, readDataDir, resolveDataDir } from "../data/store";
import { ElectionRevisionSchema, TurnoutRevisionSchema } from "../data/schemas";
import { fromZodError, issue, type ValidationIssue } from "../data/validation-issue";
import { withLock } from "./lock";

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

/** "2022-11-22T12:00:00+06:00" + "final" → "2022-11-22T1200-final": sortable, and free of ":" for every file system. */
export function revisionFileId(asOf: string, status: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})/.exec(asOf);
  return `${m ? `${m[1]}T${m[2]}${m[3]}` : asOf.replace(/[^0-9A-Za-z-]/g, "")}-${status}`;
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
    const scratch = await mkdtemp(path.join(tmpdir(), "kz-ingest-"));
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
    return { ok: true, text: await readFile(file, "utf8") };
  } catch (e) {
    return {
      ok: false,
      message: `cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? "error"}`,
    };
  }
}
