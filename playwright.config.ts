import { tmpdir } from "node:os";
import path from "node:path";

import { defineConfig, devices } from "@playwright/test";

import { CHROMIUM_ARGS, findChromium } from "./scripts/chromium-path.mjs";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${PORT}`;
const LIVE_PORT = PORT + 1;
// Shared with the specs through the environment: the live server's data directory and address.
process.env.E2E_LIVE_DATA_DIR ??= path.join(tmpdir(), "kz-e2e-live-data");
process.env.E2E_LIVE_URL = `http://127.0.0.1:${LIVE_PORT}`;
process.env.E2E_REVALIDATE_TOKEN ??= "e2e-revalidate-token";

export default defineConfig({
  testDir: "./e2e",
  testMatch: "**/*.spec.ts",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  // Started in order: the first builds when needed, the second reuses that build.
  webServer: [
    {
      command: "node scripts/start.mjs",
      url: baseURL,
      env: { PORT: String(PORT), NEXT_TELEMETRY_DISABLED: "1" },
      reuseExistingServer: !process.env.CI,
      timeout: 300_000,
      stdout: "pipe",
    },
    {
      command: "node scripts/e2e-live-server.mjs",
      url: `${process.env.E2E_LIVE_URL}/api/revision`,
      env: {
        PORT: String(LIVE_PORT),
        E2E_LIVE_DATA_DIR: process.env.E2E_LIVE_DATA_DIR,
        REVALIDATE_TOKEN: process.env.E2E_REVALIDATE_TOKEN,
        REVISION_POLL_SECONDS: "2",
        SITE_URL: process.env.E2E_LIVE_URL,
      },
      reuseExistingServer: false,
      timeout: 120_000,
    },
  ],
});
