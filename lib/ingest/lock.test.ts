import { spawn, spawnSync } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterEach, describe, expect, it } from "vitest";

import { isAlive, withLock } from "./lock";

const ROOT = path.resolve(import.meta.dirname, "../..");
const dirs: string[] = [];
afterEach(async () => {
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
});
