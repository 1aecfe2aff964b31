import { existsSync } from "node:fs";

/** Debian's Chromium, or CHROMIUM_PATH; Playwright's own browser download cannot reach the internet here. */
export const CHROMIUM_CANDIDATES = [
  process.env.CHROMIUM_PATH,
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
].filter(Boolean);

export function findChromium() {
  return CHROMIUM_CANDIDATES.find((p) => existsSync(p));
}

/** Flags for a sandbox with no network and no GPU; without them Chromium keeps trying to phone home. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
