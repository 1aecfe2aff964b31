import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { hostname, tmpdir } from "node:os";
import path from "node:path";

import { afterEach, describe, expect, it } from "vitest";

import { isAlive, LockBusyError, withLock } from "./lock";

const ROOT = path.resolve(import.meta.dirname, "../..");
const dirs: string[] = [];
const children: ChildProcess[] = [];
afterEach(async () => {
  for (const child of children.splice(0)) child.kill("SIGKILL");
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function scratch(): Promise<string> {
  const d = await mkdtemp(path.join(tmpdir(), "kz-lock-"));
  dirs.push(d);
  return d;
}

/** The id of a process that has just ended, as a crashed ingest leaves in its lock. */
function deadPid(): number {
  const pid = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], {
    encoding: "utf8",
  }).stdout;
  expect(isAlive(Number(pid))).toBe(false);
  return Number(pid);
}

/** Critical sections that overlapped, from an "in pid" / "out pid" log. */
function overlaps(log: string): string[] {
  const found: string[] = [];
  let inside: string | undefined;
  for (const line of log.trim().split("\n")) {
    const [what, pid] = line.split(" ");
    if (what === "in") {
      if (inside) found.push(`${pid} entered while ${inside} held the lock`);
      inside = pid;
    } else inside = undefined;
  }
  return found;
}

function run(args: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", ...args], {
      cwd: ROOT,
      stdio: "ignore",
    });
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

describe(withLock, () => {
  it("lets exactly one of several processes take over a lock left by a dead one", async () => {
    // The race needs processes that saw the same stale lock to act within moments of each other;
    // several rounds make a lucky pass of a racy lock unlikely (the old lock failed 5 rounds in 6).
    for (let round = 0; round < 3; round++) {
      const dir = await scratch();
      const lock = path.join(dir, ".ingest.lock");
      const log = path.join(dir, "log");
      await writeFile(lock, String(deadPid()));
      await writeFile(log, "");
      const startAt = Date.now() + 1500;
      const codes = await Promise.all(
        Array.from({ length: 6 }, () =>
          run(["test/lock-contender.ts", lock, log, String(startAt)]),
        ),
      );
      expect(codes).toEqual([0, 0, 0, 0, 0, 0]);
      const text = await readFile(log, "utf8");
      expect(overlaps(text)).toEqual([]);
      expect(text.match(/^in /gm)).toHaveLength(6);
      // Nothing is left behind: no lock, no takeover marker.
      expect(await readdir(dir)).toEqual(["log"]);
    }
  }, 60_000);

  it("serialises contenders in one process, and never takes a live owner's lock", async () => {
    const dir = await scratch();
    const lock = path.join(dir, ".ingest.lock");
    await writeFile(lock, String(deadPid()));
    let inside = 0;
    let most = 0;
    await Promise.all(
      Array.from({ length: 8 }, () =>
        withLock(lock, 5000, async () => {
          most = Math.max(most, ++inside);
          await new Promise((r) => setTimeout(r, 5));
          inside--;
        }),
      ),
    );
    expect(most).toBe(1);

    // A lock held by a running process (this one) is waited for, and the wait ends with a message.
    await writeFile(lock, String(process.pid));
    await expect(withLock(lock, 200, async () => "ran")).rejects.toThrow(
      new RegExp(`another ingest holds .*\\(pid ${process.pid}\\)`),
    );
    expect(await readFile(lock, "utf8")).toBe(String(process.pid));
  });

  it("takes over, promptly, a lock whose pid now belongs to an unrelated process", async () => {
    const dir = await scratch();
    const lock = path.join(dir, ".ingest.lock");
    // A live process that is not an ingest; the lock says its pid's process started at another
    // time, as when a killed ingest's pid is given to a new process.
    const sleeper = spawn("sleep", ["30"], { stdio: "ignore" });
    children.push(sleeper);
    expect(isAlive(sleeper.pid!)).toBe(true);
    await writeFile(
      lock,
      JSON.stringify({
        pid: sleeper.pid,
        host: hostname(),
        since: new Date(Date.now() - 3_600_000).toISOString(),
        start: "1",
      }),
    );
    const started = Date.now();
    expect(await withLock(lock, 3000, async () => "ran")).toBe("ran");
    expect(Date.now() - started).toBeLessThan(2000);
    expect(await readdir(dir)).toEqual([]);
  });

  it("gives up on a lock a running ingest holds, naming the lock, its pid, since when and what to do", async () => {
    const dir = await scratch();
    const lock = path.join(dir, ".ingest.lock");
    let release!: () => void;
    const held = withLock(lock, 1000, () => new Promise<void>((r) => (release = r)));
    while (!release) await new Promise((r) => setTimeout(r, 5));
    const before = Date.now();
    const error = await withLock(lock, 300, async () => "ran").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LockBusyError);
    const message = (error as Error).message;
    expect(message).toContain(`another ingest holds ${lock} (pid ${process.pid}) since `);
    const since = Date.parse(/since (\S+?);/.exec(message)?.[1] ?? "");
    expect(since).toBeLessThanOrEqual(before);
    expect(since).toBeGreaterThan(before - 5000);
    expect(message).toContain(`remove ${lock}`);
    release();
    await held;
    expect(await readdir(dir)).toEqual([]);
  });
});
