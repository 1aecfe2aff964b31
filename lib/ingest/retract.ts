import { readdir } from "node:fs/promises";
import path from "node:path";

import { DATASETS_DIR, resolveDataDir } from "../data/store";
import { issue, type ValidationIssue } from "../data/validation-issue";
import { removeAtomically, removeLeftovers } from "./atomic";
import { LOCK_FILE, withLock } from "./lock";
import { validateInScratch } from "./scratch";

export interface RetractRequest {
  datasetId: string;
  /** The revision's id: its file name without ".json", as in `asOf` links. */
  revisionId: string;
  dataDir?: string;
  lockTimeoutMs?: number;
}

export type RetractResult = { ok: true; file: string } | { ok: false; issues: ValidationIssue[] };

async function names(dir: string, keep: (e: { name: string; isDirectory(): boolean }) => boolean) {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  return entries
    .filter(keep)
    .map((e) => e.name)
    .sort();
}

/**
 * Takes one revision out of a dataset: for a revision that should never have been ingested (a
 * mistyped date that would stay the newest forever). Under the ingest lock; the data without it is
 * validated in a scratch copy first, and only then is the file removed. The ids are matched against
 * the folders' listings, so no path can be smuggled in as an id.
 */
export async function retractRevision(req: RetractRequest): Promise<RetractResult> {
  const root = resolveDataDir(req.dataDir);
  const fail = (message: string): RetractResult => ({
    ok: false,
    issues: [issue(req.datasetId, "", message)],
  });

  return withLock(path.join(root, LOCK_FILE), req.lockTimeoutMs ?? 15_000, async () => {
    await removeLeftovers(root);
    const datasets = await names(path.join(root, DATASETS_DIR), (e) => e.isDirectory());
    if (!datasets.includes(req.datasetId))
      return fail(`unknown dataset "${req.datasetId}"; the datasets are ${datasets.join(", ")}`);
    const revDir = `${DATASETS_DIR}/${req.datasetId}/revisions`;
    const ids = (await names(path.join(root, revDir), (e) => e.name.endsWith(".json"))).map((n) =>
      n.replace(/\.json$/, ""),
    );
    if (!ids.includes(req.revisionId))
      return fail(
        `unknown revision "${req.revisionId}" in ${req.datasetId}; its revisions are ${ids.join(", ")}`,
      );
    const rel = `${revDir}/${req.revisionId}.json`;
    const staged = await validateInScratch(root, (scratch) =>
      removeAtomically(path.join(scratch, rel)),
    );
    if (!staged.ok) return staged;
    await removeAtomically(path.join(root, rel));
    return { ok: true, file: rel };
  });
}
