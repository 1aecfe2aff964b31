import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { buildBlocked, runningServers } from "./running-servers.mjs";

const ROOT = path.resolve(import.meta.dirname, "..");
const records = (root: string) => path.join(root, "node_modules", ".cache", "kz-servers");

/**
 * A process whose command line names start.mjs, as `npm start`'s does, idle until killed; resolved
 * once it runs its own code (before that, the system may still show the parent's command line).
 */
async function fakeServer(): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    ["-e", "console.log('up'); setInterval(() => {}, 1000)", "scripts/start.mjs"],
    { stdio: ["ignore", "pipe", "ignore"] },
  );
  await new Promise((up) => child.stdout!.once("data", up));
  return child;
}

function record(root: string, pid: number, port = "3000") {
  mkdirSync(records(root), { recursive: true });
  const file = path.join(records(root), `${pid}.json`);
  writeFileSync(file, JSON.stringify({ pid, port, since: "2026-12-06T21:00:00.000Z" }));
  return file;
}

describe("servers running from a checkout", () => {
  let root: string;
  let server: ChildProcess | undefined;
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), "kz-servers-"));
  });
  afterEach(() => {
    server?.kill();
    server = undefined;
    rmSync(root, { recursive: true, force: true });
  });

  it("lists a live server and forgets one that is gone or a pid that now runs something else", async () => {
    server = await fakeServer();
    record(root, server.pid!, "3555");
    const gone = spawnSync(process.execPath, ["-e", ""]).pid;
    record(root, gone);
    // This test's own process is alive but is no `npm start`.
    record(root, process.pid);
    expect(runningServers(root).map((s) => [s.pid, s.port])).toEqual([[server.pid, "3555"]]);
    expect(readdirSync(records(root))).toEqual([`${server.pid}.json`]);
    server.kill();
    await new Promise((done) => server!.once("exit", done));
    expect(runningServers(root)).toEqual([]);
    expect(readdirSync(records(root))).toEqual([]);
  });

  it("records a server until its process exits", () => {
    const script = `import { recordServer, runningServers } from ${JSON.stringify(
      path.join(ROOT, "scripts", "running-servers.mjs"),
    )}; recordServer(${JSON.stringify(root)}, "3100"); console.log(require("node:fs").readdirSync(${JSON.stringify(records(root))}).length);`;
    const out = spawnSync(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        script.replace('require("node:fs")', "(await import('node:fs'))"),
      ],
      {
        encoding: "utf8",
      },
    );
    expect(out.stdout.trim()).toBe("1");
    expect(existsSync(records(root)) && readdirSync(records(root))).toEqual([]);
  });

  it("says which servers a build would break", () => {
    expect(buildBlocked([], "npm run build")).toBeUndefined();
    const why = buildBlocked(
      [{ pid: 4242, port: "3000", since: "2026-12-06T21:00:00.000Z" }],
      "npm run build",
    )!;
    expect(why).toMatch(/^npm run build: not building/);
    expect(why).toContain("pid 4242 on port 3000");
    expect(why).toContain("Stop it first");
  });

  it("npm run build refuses while a server runs from this checkout, before building anything", async () => {
    server = await fakeServer();
    const file = record(ROOT, server.pid!, "3999");
    try {
      const build = spawnSync(process.execPath, [path.join(ROOT, "scripts", "build.mjs")], {
        cwd: ROOT,
        encoding: "utf8",
        timeout: 30_000,
      });
      expect(build.status).toBe(1);
      expect(build.stderr).toContain(`pid ${server.pid} on port 3999`);
      expect(build.stdout).not.toContain("Creating an optimized production build");
    } finally {
      rmSync(file, { force: true });
    }
  });
});
