/**
 * The servers running from this checkout's .next, so a build does not replace the files they serve.
 * `npm start` records itself while its server runs; `npm run build`, and an `npm start` that would
 * have to build, refuse while one is alive (a build under a running `next start` breaks it: its
 * pages ask for chunks the new build no longer has). Kept outside .next, which a build replaces.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/** @param {string} root */
const dir = (root) => path.join(root, "node_modules", ".cache", "kz-servers");

/**
 * Whether pid is a live `npm start` of this project: alive, and where the system says what it runs
 * (Linux's /proc), running scripts/start.mjs, so a recycled pid is not taken for a server.
 * @param {number} pid
 */
function isServer(pid) {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code !== "EPERM") return false;
  }
  const cmdline = `/proc/${pid}/cmdline`;
  return !existsSync(cmdline) || readFileSync(cmdline, "utf8").includes("start.mjs");
}

/**
 * Records this process as a server on `port` until it exits.
 * @param {string} root
 * @param {string} port
 */
export function recordServer(root, port) {
  mkdirSync(dir(root), { recursive: true });
  const file = path.join(dir(root), `${process.pid}.json`);
  writeFileSync(file, JSON.stringify({ pid: process.pid, port, since: new Date().toISOString() }));
  process.on("exit", () => rmSync(file, { force: true }));
}

/**
 * The servers recorded and still running; records of servers that are gone are removed.
 * @param {string} root
 * @returns {{ pid: number, port: string, since: string }[]}
 */
export function runningServers(root) {
  if (!existsSync(dir(root))) return [];
  return readdirSync(dir(root)).flatMap((name) => {
    const file = path.join(dir(root), name);
    try {
      const server = JSON.parse(readFileSync(file, "utf8"));
      if (isServer(server.pid)) return [server];
    } catch {
      // A record half-written or unreadable is no server's.
    }
    rmSync(file, { force: true });
    return [];
  });
}

/**
 * Why a build must wait, naming the servers, or undefined when none runs.
 * @param {{ pid: number, port: string, since: string }[]} servers
 * @param {string} what the command that would build
 */
export function buildBlocked(servers, what) {
  if (!servers.length) return undefined;
  const list = servers.map((s) => `pid ${s.pid} on port ${s.port}, since ${s.since}`).join("; ");
  return `${what}: not building, as ${servers.length === 1 ? "a server runs" : `${servers.length} servers run`} from this checkout's .next (${list}). A build now would replace the files it serves and break it. Stop ${servers.length === 1 ? "it" : "them"} first, or build in another checkout.`;
}
