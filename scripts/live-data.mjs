/**
 * A scratch copy of data/ whose turnout series stops at the 20:00 release, so a test can ingest the
 * 22:00 release into it and watch a running server pick it up.
 */
import { cpSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..");
export const TURNOUT_DATASET = "kz-2022-turnout-intraday";
export const RELEASE_2200 = path.join(
  ROOT,
  "data",
  "datasets",
  TURNOUT_DATASET,
  "revisions",
  "2022-11-20T2200-preliminary.json",
);

export function prepareLiveData(dir) {
  rmSync(dir, { recursive: true, force: true });
  cpSync(path.join(ROOT, "data"), dir, { recursive: true });
  const revisions = path.join(dir, "datasets", TURNOUT_DATASET, "revisions");
  for (const name of readdirSync(revisions)) {
    if (name > "2022-11-20T2000-preliminary.json") rmSync(path.join(revisions, name));
  }
}
