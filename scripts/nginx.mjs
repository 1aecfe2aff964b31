/**
 * Debian's nginx for the bench and the scale-out test: the shipped deploy/nginx.conf with this run's
 * ports and paths, and a static server for the ceiling (the same HTML from a file).
 */
import { spawn } from "node:child_process";
import { gzipSync } from "node:zlib";
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { ensureDebianProgram } from "./apt.mjs";
import { waitForUrl } from "./wait-for.mjs";

const NGINX = "/usr/sbin/nginx";
const ROOT = path.resolve(import.meta.dirname, "..");

export const ensureNginx = () => ensureDebianProgram(NGINX, "nginx");

/** Replaces one line's text, and fails loudly when the shipped file no longer has it. */
function replaceOnce(text, from, to) {
  if (!text.includes(from)) throw new Error(`deploy/nginx.conf no longer contains ${from}`);
  return text.replace(from, to);
}

/**
 * deploy/nginx.conf as shipped, listening on `port` in front of `upstreams` (ports on 127.0.0.1), with
 * its pid, log and cache files under `dir`. Nothing else changes.
 */
export function renderDeployConfig({ port, upstreams, dir }) {
  let conf = readFileSync(path.join(ROOT, "deploy", "nginx.conf"), "utf8");
  conf = replaceOnce(conf, "pid /run/nginx-kz-dashboard.pid;", `pid ${dir}/nginx.pid;`);
  conf = replaceOnce(
    conf,
    "error_log /var/log/nginx/kz-dashboard.error.log warn;",
    `error_log ${dir}/error.log warn;`,
  );
  conf = conf.replaceAll("/var/cache/kz-dashboard", `${dir}/cache`);
  conf = replaceOnce(conf, "listen 8080;", `listen 127.0.0.1:${port};`);
  const servers = upstreams
    .map((p) => `        server 127.0.0.1:${p} max_fails=3 fail_timeout=5s;`)
    .join("\n");
  conf = replaceOnce(
    conf,
    "        server 127.0.0.1:3001 max_fails=3 fail_timeout=5s;\n        server 127.0.0.1:3002 max_fails=3 fail_timeout=5s;",
    servers,
  );
  // Temporary files next to the rest, where any worker user may write.
  return replaceOnce(conf, "http {\n", `http {\n${tempPaths(dir)}\n`);
}

function tempPaths(dir) {
  return ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"]
    .map((k) => `    ${k}_temp_path ${dir}/${k}-temp;`)
    .join("\n");
}

/** Starts nginx on a config text; resolves once `probeUrl` answers. Returns a stop function. */
export async function startNginx(conf, dir, probeUrl) {
  chmodSync(dir, 0o777);
  writeFileSync(path.join(dir, "nginx.conf"), conf);
  const proc = spawn(NGINX, ["-c", path.join(dir, "nginx.conf"), "-p", dir, "-g", "daemon off;"], {
    stdio: ["ignore", "ignore", "inherit"],
  });
  let exited = false;
  proc.on("exit", () => (exited = true));
  const ok = (r) => r.status < 500;
  if (await waitForUrl(probeUrl, { timeoutMs: 10_000, intervalMs: 100, ok, giveUp: () => exited }))
    return () => proc.kill("SIGTERM");
  proc.kill("SIGTERM");
  throw new Error(`nginx did not start; see ${dir}/error.log`);
}

/** A fresh directory for one nginx. */
export function nginxDir() {
  return mkdtempSync(path.join(tmpdir(), "kz-nginx-"));
}

/** Serves one saved HTML page from a file: the ceiling for requests per second. */
export async function serveStatic(html, port) {
  const dir = nginxDir();
  writeFileSync(path.join(dir, "index.html"), html);
  writeFileSync(path.join(dir, "index.html.gz"), gzipSync(html, { level: 9 }));
  const conf = `worker_processes auto; pid ${dir}/nginx.pid; error_log ${dir}/error.log;
events { worker_connections 4096; }
http { access_log off; ${tempPaths(dir)}
  keepalive_requests 100000;
  server { listen 127.0.0.1:${port}; root ${dir}; location / { default_type text/html; gzip_static on; try_files /index.html =404; } } }`;
  return startNginx(conf, dir, `http://127.0.0.1:${port}/`);
}
