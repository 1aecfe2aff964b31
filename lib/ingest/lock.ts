import { open, readFile, rm, stat } from "node:fs/promises";

/** True while a process with this id runs (EPERM: it runs, as another user). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** A lock file with no owner written after this long was left by a process that died while taking it. */
const EMPTY_LOCK_MS = 5000;
/** A takeover marker this old was left by a process that died while taking over. */
const STALE_MARKER_MS = 10_000;

interface LockState {
  ino: number;
  owner: number;
  stale: boolean;
}

async function readLock(path: string): Promise<LockState | undefined> {
  const info = await stat(path).catch(() => undefined);
  if (!info) return undefined;
  const owner = Number(await readFile(path, "utf8").catch(() => ""));
  const stale = owner > 0 ? !isAlive(owner) : Date.now() - info.mtimeMs > EMPTY_LOCK_MS;
  return { ino: info.ino, owner, stale };
}

async function tryCreate(path: string, content: string): Promise<boolean> {
  try {
    const handle = await open(path, "wx");
    await handle.writeFile(content);
    await handle.close();
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw e;
  }
}

/**
 * Removes a stale lock without ever removing a live one. Removing by path is not enough: two
 * processes that both saw the stale lock could each remove it, and the slower one would remove the
 * lock the faster one had just taken (proper-lockfile has this race too: its issue #121). So a
 * takeover is itself exclusive, through a marker file named after the stale lock's inode, and the
 * lock is checked again once the marker is held: only a lock that is still that same stale file is
 * removed.
 */
async function takeOver(path: string, seen: LockState): Promise<void> {
  const marker = `${path}.takeover-${seen.ino}`;
  if (!(await tryCreate(marker, String(process.pid)))) {
    const age = Date.now() - ((await stat(marker).catch(() => undefined))?.mtimeMs ?? Date.now());
    if (age > STALE_MARKER_MS) await rm(marker, { force: true });
    return;
  }
  try {
    const now = await readLock(path);
    if (now && now.ino === seen.ino && now.owner === seen.owner && now.stale)
      await rm(path, { force: true });
  } finally {
    await rm(marker, { force: true });
  }
}

/**
 * Runs `work` holding an exclusive lock file (created with O_EXCL, holding the owner's pid). A lock
 * left by a process that no longer runs is taken over; otherwise the caller waits, up to timeoutMs,
 * and then gives up with a message.
 */
export async function withLock<T>(
  path: string,
  timeoutMs: number,
  work: () => Promise<T>,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (!(await tryCreate(path, String(process.pid)))) {
    const seen = await readLock(path);
    if (seen?.stale) {
      await takeOver(path, seen);
      continue;
    }
    if (Date.now() > deadline)
      throw new Error(
        `another ingest holds ${path} (pid ${seen?.owner || "unknown"}); try again when it has finished`,
      );
    await new Promise((r) => setTimeout(r, 25 + Math.random() * 50));
  }
  try {
    return await work();
  } finally {
    await rm(path, { force: true });
  }
}
