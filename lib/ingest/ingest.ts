import { stat } from "node:fs/promises";
import path from "node:path";

import { grouped } from "../format";
import { readRegularFile } from "../data/read-file";
import { asOfAheadOfNow, revisionSizeLimit } from "../data/revision-limits";
import { DATASETS_DIR, readDataDir, readLimits, resolveDataDir } from "../data/store";
import { ElectionRevisionSchema, TurnoutRevisionSchema } from "../data/schemas";
import { fromZodError, issue, type ValidationIssue } from "../data/validation-issue";
import { removeLeftovers, writeAtomically } from "./atomic";
import { LOCK_FILE, withLock } from "./lock";
import { validateInScratch } from "./scratch";

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
 * Temp files of ingests that were killed mid-write are removed first.
 */
export async function ingestRevision(req: IngestRequest): Promise<IngestResult> {
  const root = resolveDataDir(req.dataDir);
  const fail = (message: string, p = ""): IngestResult => ({
    ok: false,
    issues: [issue(req.origin, p, message)],
  });

  return withLock(path.join(root, LOCK_FILE), req.lockTimeoutMs ?? 15_000, async () => {
    await removeLeftovers(root);
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
    // The data validated, so limits.json did too.
    const limits = await readLimits(root);
    if (!limits.ok) return { ok: false, issues: limits.issues };
    const ahead = asOfAheadOfNow(revision.asOf, limits.value);
    if (ahead) return fail(ahead, "asOf");
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
    const bytes = Buffer.byteLength(text);
    const { maxBytes } = limits.value.revisionFile;
    if (bytes > maxBytes)
      return fail(`is ${grouped(bytes)} bytes as JSON; ${revisionSizeLimit(maxBytes)}`);
    const staged = await validateInScratch(root, (scratch) =>
      writeAtomically(path.join(scratch, rel), text),
    );
    if (!staged.ok) return staged;
    await writeAtomically(path.join(root, rel), text);
    return { ok: true, file: rel, revisionId: id };
  });
}

/**
 * Reads a revision file (JSON) or a results table (CSV, see lib/ingest/results-csv.ts) for ingest:
 * a regular file of at most maxBytes (data/limits.json › revisionFile.maxBytes), refused by its size
 * before it is read, and read no further than the limit should it hold more than its size said.
 */
export async function readRevisionFile(
  file: string,
  { maxBytes }: { maxBytes: number },
): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  const read = await readRegularFile(file, { limit: { maxBytes, explain: revisionSizeLimit } });
  if (!read.ok) return { ok: false, message: `${file}: ${read.message}` };
  // A byte-order mark (editors on Windows write one) is not part of the JSON or CSV text.
  return { ok: true, text: read.text.replace(/^\uFEFF/, "") };
}
