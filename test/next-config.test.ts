import { rm } from "node:fs/promises";

import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from "next/constants.js";
import { afterEach, describe, expect, it } from "vitest";

import config from "../next.config.mjs";
import { applyMisprint, copyDataDir, loadMisprints, restoreDataDirEnv } from "./data-dir";

const previous = process.env.DATA_DIR;
const dirs: string[] = [];
afterEach(async () => {
  restoreDataDirEnv(previous);
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

describe("next.config.mjs", () => {
  it("stops a production build on bad data with the validator's messages", async () => {
    const fixture = (await loadMisprints()).find((f) => f.name === "kazinform-kazhyken-300907")!;
    const dir = await copyDataDir();
    dirs.push(dir);
    await applyMisprint(dir, fixture);
    process.env.DATA_DIR = dir;
    await expect(config(PHASE_PRODUCTION_BUILD)).rejects.toThrow(
      `${fixture.file} › results[3].votes: 300907 gives 3.79%, the stated share is 2.53%`,
    );
  });

  it("builds with good data, and does not validate outside a build", async () => {
    await expect(config(PHASE_PRODUCTION_BUILD)).resolves.toMatchObject({ poweredByHeader: false });
    process.env.DATA_DIR = "/nonexistent";
    await expect(config(PHASE_DEVELOPMENT_SERVER)).resolves.toMatchObject({
      reactStrictMode: true,
    });
  });
});
