import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";

import { describe, expect, it } from "vitest";

const conf = readFileSync(path.resolve(import.meta.dirname, "..", "deploy", "nginx.conf"), "utf8");

function upstreamBlock(name: string): string {
  const match = conf.match(new RegExp(`upstream ${name} \\{([^}]*)\\}`));
  if (!match?.[1]) throw new Error(`deploy/nginx.conf has no upstream ${name}`);
  return match[1];
}

/** nginx time ("4s", "500ms", "1m", or bare seconds) in milliseconds. */
function nginxMs(value: string): number {
  const m = value.match(/^(\d+)(ms|s|m)?$/);
  if (!m) throw new Error(`not an nginx time: ${value}`);
  return Number(m[1]) * ({ ms: 1, s: 1000, m: 60_000 } as const)[(m[2] as "ms" | "s" | "m") ?? "s"];
}

describe("nginx's connections to the instances", () => {
  it("are closed by nginx before an instance closes them as idle", () => {
    const block = upstreamBlock("kz_app");
    const setting = block.match(/keepalive_timeout\s+([^;]+);/);
    // Without the directive nginx keeps them for 60 s.
    const nginxIdle = setting?.[1] ? nginxMs(setting[1].trim()) : 60_000;
    // next start leaves Node's default unless started with --keepAliveTimeout, which start.mjs is not.
    const server = createServer();
    const instanceIdle = server.keepAliveTimeout;
    server.close();
    expect(readFileSync(path.resolve(import.meta.dirname, "start.mjs"), "utf8")).not.toContain(
      "keepAliveTimeout",
    );
    expect(nginxIdle).toBeLessThan(instanceIdle);
  });
});
