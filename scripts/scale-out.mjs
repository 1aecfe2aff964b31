/**
 * The deployment of deploy/nginx.conf on one machine: two or more `npm start` instances on one build
 * and one DATA_DIR, behind nginx. Used by `npm run bench` and e2e/scale-out.spec.ts. Needs a build of
 * the current sources (start.mjs would otherwise make one per instance). Each instance is started as the
 * README's deployment example says: bound to 127.0.0.1, with SITE_URL set to nginx's address.
 */
import { spawn } from "node:child_process";
import path from "node:path";

import { ensureNginx, nginxDir, renderDeployConfig, startNginx } from "./nginx.mjs";
import { waitForUrl } from "./wait-for.mjs";

const ROOT = path.resolve(import.meta.dirname, "..");

async function waitFor(url, timeoutMs) {
  if (!(await waitForUrl(url, { timeoutMs })))
    throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/**
 * Starts the instances and nginx. Returns their addresses and a stop function.
 * @param {{ nginxPort: number, instancePorts: number[], dataDir?: string, env?: Record<string, string> }} options
 */
export async function startScaleOut({ nginxPort, instancePorts, dataDir, env = {} }) {
  if (!ensureNginx()) throw new Error("nginx is not installed (apt-get install nginx)");
  const nginxUrl = `http://127.0.0.1:${nginxPort}`;
  const instances = instancePorts.map((port) =>
    spawn(process.execPath, [path.join(ROOT, "scripts", "start.mjs"), "-H", "127.0.0.1"], {
      cwd: ROOT,
      env: {
        ...process.env,
        SITE_URL: nginxUrl,
        ...env,
        PORT: String(port),
        NEXT_TELEMETRY_DISABLED: "1",
        ...(dataDir ? { DATA_DIR: dataDir } : {}),
      },
      stdio: ["ignore", "ignore", "inherit"],
    }),
  );
  const stops = [() => instances.forEach((p) => p.kill("SIGTERM"))];
  const stop = () => stops.reverse().forEach((s) => s());
  try {
    const instanceUrls = instancePorts.map((p) => `http://127.0.0.1:${p}`);
    await Promise.all(instanceUrls.map((u) => waitFor(`${u}/api/revision`, 120_000)));
    const dir = nginxDir();
    const conf = renderDeployConfig({ port: nginxPort, upstreams: instancePorts, dir });
    stops.push(await startNginx(conf, dir, `${nginxUrl}/api/revision`));
    return {
      nginxUrl,
      nginxDir: dir,
      instanceUrls,
      instancePids: instances.map((p) => p.pid),
      stop,
    };
  } catch (error) {
    stop();
    throw error;
  }
}
