import { stat } from "node:fs/promises";
import path from "node:path";

import { grouped } from "../format";
import { revisionSizeLimit } from "../data/revision-limits";
import { REGIONAL_DIR, RegionalResultsSchema } from "../data/regional-schema";
import { DATASETS_DIR, readDataDir, readLimits, resolveDataDir } from "../data/store";
import { fromZodError, issue, type ValidationIssue } from "../data/validation-issue";
import { ensureDir, removeLeftovers, writeAtomically } from "./atomic";
import { LOCK_FILE, withLock } from "./lock";
import { validateInScratch } from "./scratch";

export interface RegionalIngestRequest {
  /** The election dataset. */
  datasetId: string;
  /** The revision the regional figures add up to: its id, the file name without ".json". */
  revisionId: string;
  /** The file's contents (lib/data/regional-schema.ts), parsed from JSON or built from a CSV. */
  regional: unknown;
  /** Where it came from, for messages (a file name). */
  origin: string;
  dataDir?: string;
  lockTimeoutMs?: number;
}

export type RegionalIngestResult =
  { ok: true; file: string } | { ok: false; issues: ValidationIssue[] };

/**
 * Adds the results by region of one revision, as ingestRevision adds a revision: under the lock,
 * validated with all of data/ in a scratch copy (where the regional rules hold it to the national
 * revision), then written atomically. A revision's regional file is never overwritten.
 */
export async function ingestRegional(req: RegionalIngestRequest): Promise<RegionalIngestResult> {
  const root = resolveDataDir(req.dataDir);
  const fail = (message: string, p = ""): RegionalIngestResult => ({
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
    const { elections, turnouts } = current.data;
    const election = elections.find((e) => e.meta.id === req.datasetId);
    if (!election) {
      const ids = elections.map((e) => e.meta.id).join(", ");
      return fail(
        turnouts.some((t) => t.meta.id === req.datasetId)
          ? `"${req.datasetId}" is a turnout series; results by region belong to an election: ${ids}`
          : `unknown election "${req.datasetId}"; the elections are ${ids}`,
      );
    }
    // Matched against the revisions read, so no path can be smuggled in as an id.
    const revision = election.revisions.find((r) => r.id === req.revisionId);
    if (!revision)
      return fail(
        `unknown revision "${req.revisionId}" in ${req.datasetId}; its revisions are ${election.revisions.map((r) => r.id).join(", ")}`,
      );
    const dir = `${DATASETS_DIR}/${req.datasetId}/${REGIONAL_DIR}`;
    const rel = `${dir}/${revision.id}.json`;
    const exists = await stat(path.join(root, rel)).then(
      () => true,
      () => false,
    );
    if (exists)
      return fail(
        `${rel} already exists; a revision's results by region are never overwritten (a corrected count comes as a new revision)`,
      );
    const parsed = RegionalResultsSchema.safeParse(req.regional);
    if (!parsed.success) return { ok: false, issues: fromZodError(req.origin, parsed.error) };

    const text = `${JSON.stringify(parsed.data, null, 2)}\n`;
    const limits = await readLimits(root);
    if (!limits.ok) return { ok: false, issues: limits.issues };
    const bytes = Buffer.byteLength(text);
    const { maxBytes } = limits.value.revisionFile;
    if (bytes > maxBytes)
      return fail(`is ${grouped(bytes)} bytes as JSON; ${revisionSizeLimit(maxBytes)}`);
    const write = async (base: string) => {
      await ensureDir(path.join(base, dir));
      await writeAtomically(path.join(base, rel), text);
    };
    const staged = await validateInScratch(root, write);
    if (!staged.ok) return staged;
    await write(root);
    return { ok: true, file: rel };
  });
}
