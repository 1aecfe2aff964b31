/**
 * Serves one saved HTML page with Debian's nginx on a loopback port: the ceiling for requests per second.
 * A gzip copy sits beside it (gzip_static), so browser-like requests get compressed bytes as from us.
 */
import { execFileSync, spawn } from "node:child_process";
import { gzipSync } from "node:zlib";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const NGINX = "/usr/sbin/nginx";

export function ensureNginx() {
  if (existsSync(NGINX)) return true;
  if (process.getuid?.() !== 0) return false;
  execFileSync("apt-get", ["install", "-y", "-qq", "nginx-light"], {
    stdio: "ignore",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  return existsSync(NGINX);
}

export async function serveStatic(html, port) {
  const dir = mkdtempSync(path.join(tmpdir(), "kz-nginx-"));
  writeFileSync(path.join(dir, "index.html"), html);
  writeFileSync(path.join(dir, "index.html.gz"), gzipSync(html, { level: 9 }));
  const conf = `worker_processes 2; daemon off; pid ${dir}/nginx.pid; error_log ${dir}/error.log;
events { worker_connections 1024; }
http { access_log off; client_body_temp_path ${dir}; proxy_temp_path ${dir}; fastcgi_temp_path ${dir}; uwsgi_temp_path ${dir}; scgi_temp_path ${dir};
  server { listen 127.0.0.1:${port}; root ${dir}; location / { default_type text/html; gzip_static on; try_files /index.html =404; } } }`;
  writeFileSync(path.join(dir, "nginx.conf"), conf);
  const proc = spawn(NGINX, ["-c", path.join(dir, "nginx.conf"), "-p", dir], { stdio: "ignore" });
  for (let i = 0; i < 50; i++) {
    if (
      await fetch(`http://127.0.0.1:${port}/`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return () => proc.kill("SIGTERM");
}
