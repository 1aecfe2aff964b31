/**
 * Makes sure the Playwright suite's programs exist: Debian's Chromium (Playwright's own browser download
 * cannot work offline) and Debian's nginx (the scale-out test runs deploy/nginx.conf). Installs the
 * missing ones with apt-get when run as root; otherwise says how.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

import { findChromium } from "./chromium-path.mjs";

const NGINX = "/usr/sbin/nginx";
const missing = [...(findChromium() ? [] : ["chromium"]), ...(existsSync(NGINX) ? [] : ["nginx"])];
if (missing.length === 0) process.exit(0);

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
if (isRoot && existsSync("/usr/bin/apt-get")) {
  console.log(`Not found: ${missing.join(", ")}. Installing Debian's packages (apt-get)...`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "-qq", ...missing], { stdio: "inherit", env });
  if (findChromium() && existsSync(NGINX)) process.exit(0);
}

console.error(
  [
    `The end-to-end tests need ${missing.join(" and ")}, from Debian's packages.`,
    `Install with:   sudo apt-get update && sudo apt-get install -y ${missing.join(" ")}`,
    "(or point CHROMIUM_PATH at an existing Chromium or Chrome binary) and run npm test again.",
  ].join("\n"),
);
process.exit(1);
