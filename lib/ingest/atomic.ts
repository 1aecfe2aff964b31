import { mkdir, open, readdir, rename, rm, unlink } from "node:fs/promises";
import path from "node:path";

import { isAlive } from "./lock";

/** "<file>.tmp-<pid>-<ms>": the pid tells a later ingest whether the writer may still run. */
const TEMP_NAME = /\.tmp-(\d+)-(\d+)$/;

/**
 * A temp file this old is a leftover even when a process with its pid runs. A write takes
 * milliseconds, under the lock; ten minutes is far beyond any write, even on a slow disk, so such a
 * file's writer is gone and its pid has been given to another process. A younger file with a live
 * pid is left alone: its writer may be an ingest still running.
 */
const LEFTOVER_AGE_MS = 10 * 60_000;

async function syncDir(dir: string): Promise<void> {
  const handle = await open(dir, "r");
  await handle.sync().finally(() => handle.close());
}

/** Writes a file whole or not at all: a temp file, flushed, renamed over, then the folder flushed. */
export async function writeAtomically(file: string, text: string): Promise<void> {
  const temp = `${file}.tmp-${process.pid}-${Date.now()}`;
  const handle = await open(temp, "wx");
  try {
    await handle.writeFile(text);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temp, file);
  await syncDir(path.dirname(file));
}

/**
 * Creates a folder and any missing parents, flushing each folder a new one was made in, so that a
 * file written into it and flushed survives a crash with its folder.
 */
export async function ensureDir(dir: string): Promise<void> {
  const first = await mkdir(dir, { recursive: true });
  if (first === undefined) return;
  for (let d = dir; ; d = path.dirname(d)) {
    await syncDir(path.dirname(d));
    if (d === first) break;
  }
}

/** Removes a file (unlink is atomic) and flushes its folder, so the removal survives a crash. */
export async function removeAtomically(file: string): Promise<void> {
  await unlink(file);
  await syncDir(path.dirname(file));
}

export interface Leftover {
  /** Relative to the data directory. */
  file: string;
  pid: number;
  writtenAt: number;
}

/** Temp files of writes that never finished (the ingest was killed), anywhere in the data directory. */
export async function findLeftovers(root: string, now = Date.now()): Promise<Leftover[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.flatMap((e) => {
    const m = TEMP_NAME.exec(e.name);
    if (!m || !e.isFile()) return [];
    const pid = Number(m[1]);
    const writtenAt = Number(m[2]);
    if (isAlive(pid) && now - writtenAt < LEFTOVER_AGE_MS) return [];
    return [{ file: path.relative(root, path.join(e.parentPath, e.name)), pid, writtenAt }];
  });
}

export function describeLeftover({ file, pid, writtenAt }: Leftover): string {
  const why = isAlive(pid)
    ? `pid ${pid}, written ${new Date(writtenAt).toISOString()}, longer ago than any write takes`
    : `pid ${pid}, no longer running`;
  return `${file}: left by an interrupted ingest (${why}); the next ingest removes it`;
}

/** Removes leftovers of killed ingests. Call it holding the lock. */
export async function removeLeftovers(root: string): Promise<void> {
  for (const { file } of await findLeftovers(root))
    await rm(path.join(root, file), { force: true });
}
