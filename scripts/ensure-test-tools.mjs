/** Makes sure a Chromium exists for the Playwright suite: installs Debian's package when run as root. */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

import { findChromium } from "./chromium-path.mjs";

const found = findChromium();
if (found) {
  process.exit(0);
}

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
if (isRoot && existsSync("/usr/bin/apt-get")) {
  console.log("Chromium not found: installing Debian's chromium package (apt-get)...");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env });
  if (findChromium()) process.exit(0);
}

console.error(
  [
    "The end-to-end tests need Chromium, and none was found at /usr/bin/chromium or $CHROMIUM_PATH.",
    "Install it with:   sudo apt-get update && sudo apt-get install -y chromium",
    "or point CHROMIUM_PATH at an existing Chromium or Chrome binary and run npm test again.",
  ].join("\n"),
);
process.exit(1);
