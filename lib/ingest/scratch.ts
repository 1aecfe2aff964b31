import { cp, lstat, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { readDataDir } from "../data/store";
import { fileKind } from "../data/read-file";
import { issue, type ValidationIssue } from "../data/validation-issue";
import { isAlive, LOCK_FILE } from "./lock";

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

/**
 * Makes a change in a scratch copy of the data directory and validates the result with the same
 * schemas and cross-checks as the build; the data directory itself is not touched. Ingest and
 * retraction apply a change for real only when it passes here.
 */
export async function validateInScratch(
  root: string,
  change: (scratch: string) => Promise<void>,
): Promise<{ ok: true } | { ok: false; issues: ValidationIssue[] }> {
  await removeAbandonedScratch();
  // The pid in the name tells a later ingest whether this copy's owner still runs.
  const scratch = await mkdtemp(path.join(tmpdir(), `${SCRATCH_PREFIX}${process.pid}-`));
  const issues: ValidationIssue[] = [];
  try {
    await cp(root, scratch, {
      recursive: true,
      filter: async (src) => {
        const name = path.basename(src);
        if (name === LOCK_FILE || name.startsWith(`${LOCK_FILE}.`)) return false;
        // cp cannot copy a FIFO, socket or device (and would fail on it); validation reports them.
        const info = await lstat(src);
        if (info.isFile() || info.isDirectory() || info.isSymbolicLink()) return true;
        issues.push(
          issue(path.relative(root, src), "", `is ${fileKind(info)}, not a regular file`),
        );
        return false;
      },
    });
    if (issues.length) return { ok: false, issues };
    await change(scratch);
    const staged = await readDataDir(scratch);
    return staged.ok ? { ok: true } : { ok: false, issues: staged.issues };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
