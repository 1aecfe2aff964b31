import { open, readFile, rm, stat } from "node:fs/promises";
import { hostname } from "node:os";

/** The lock every ingest and retraction of a data directory takes, in that directory. */
export const LOCK_FILE = ".ingest.lock";

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

/**
 * What a lock records of its owner. A pid alone cannot tell the owner from a process that was given
 * the same pid after the owner was killed; the pid with its start time (in clock ticks since boot,
 * from /proc) and the boot can. Locks from before this held the pid only, and are still read.
 */
interface LockOwner {
  pid: number;
  host?: string;
  boot?: string;
  start?: string;
  /** When the lock was taken (ISO 8601). */
  since?: string;
}

async function bootId(): Promise<string | undefined> {
  return (
    (await readFile("/proc/sys/kernel/random/boot_id", "utf8").catch(() => "")).trim() || undefined
  );
}

/** Field 22 of /proc/<pid>/stat; undefined where there is no /proc or no such process. */
async function startTicks(pid: number): Promise<string | undefined> {
  const text = await readFile(`/proc/${pid}/stat`, "utf8").catch(() => undefined);
  // Field 2, the command name in parentheses, may itself hold spaces and ")"; the rest cannot.
  return text?.slice(text.lastIndexOf(")") + 2).split(" ")[19];
}

function parseOwner(text: string): LockOwner | undefined {
  if (/^\d+$/.test(text.trim())) return { pid: Number(text) };
  try {
    const owner = JSON.parse(text) as LockOwner;
    return Number.isInteger(owner.pid) && owner.pid > 0 ? owner : undefined;
  } catch {
    return undefined;
  }
}

async function isStale(owner: LockOwner | undefined, mtimeMs: number): Promise<boolean> {
  if (!owner) return Date.now() - mtimeMs > EMPTY_LOCK_MS;
  // Another machine's processes (a shared mount) cannot be seen from here: wait for it.
  if (owner.host !== undefined && owner.host !== hostname()) return false;
  const boot = await bootId();
  if (owner.boot && boot && owner.boot !== boot) return true;
  if (!isAlive(owner.pid)) return true;
  if (owner.start === undefined) return false;
  const start = await startTicks(owner.pid);
  // The pid runs, but started at another time: it was given to a new process after the owner died.
  return start !== undefined && start !== owner.start;
}

interface LockState {
  ino: number;
  text: string;
  owner: LockOwner | undefined;
  since: string;
  stale: boolean;
}

async function readLock(path: string): Promise<LockState | undefined> {
  const info = await stat(path).catch(() => undefined);
  if (!info) return undefined;
  const text = await readFile(path, "utf8").catch(() => "");
  const owner = parseOwner(text);
  return {
    ino: info.ino,
    text,
    owner,
    since: owner?.since ?? new Date(info.mtimeMs).toISOString(),
    stale: await isStale(owner, info.mtimeMs),
  };
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
    if (now && now.ino === seen.ino && now.text === seen.text && now.stale)
      await rm(path, { force: true });
  } finally {
    await rm(marker, { force: true });
  }
}

/** The lock is held by a process that runs (or runs elsewhere); says by whom, since when, and what to do. */
export class LockBusyError extends Error {
  constructor(
    readonly lockPath: string,
    readonly owner: LockOwner | undefined,
    readonly since: string,
  ) {
    const pid = owner?.pid ?? "unknown";
    const remote = owner?.host !== undefined && owner.host !== hostname();
    super(
      `another ingest holds ${lockPath} (pid ${pid}${remote ? ` on ${owner.host}` : ""}) since ${since}; ` +
        `try again when it has finished. If no ingest is running ` +
        (remote
          ? `on ${owner.host}`
          : `(ps -p ${pid} -o pid,lstart,args shows what has that pid now)`) +
        `, the lock was left by one that was killed: remove ${lockPath} and run the command again.`,
    );
    this.name = "LockBusyError";
  }
}

/**
 * Runs `work` holding an exclusive lock file (created with O_EXCL, holding its owner: pid, host,
 * boot, process start, time). A lock whose owner no longer runs is taken over; otherwise the caller
 * waits, up to timeoutMs, and then gets a LockBusyError.
 */
export async function withLock<T>(
  path: string,
  timeoutMs: number,
  work: () => Promise<T>,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  const [boot, start] = await Promise.all([bootId(), startTicks(process.pid)]);
  const owner = () =>
    JSON.stringify({
      pid: process.pid,
      host: hostname(),
      boot,
      start,
      since: new Date().toISOString(),
    } satisfies LockOwner);
  while (!(await tryCreate(path, owner()))) {
    const seen = await readLock(path);
    if (seen?.stale) {
      await takeOver(path, seen);
      continue;
    }
    if (Date.now() > deadline)
      throw new LockBusyError(path, seen?.owner, seen?.since ?? new Date().toISOString());
    await new Promise((r) => setTimeout(r, 25 + Math.random() * 50));
  }
  try {
    return await work();
  } finally {
    await rm(path, { force: true });
  }
}
