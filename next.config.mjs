import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from "next/constants.js";
import { tsImport } from "tsx/esm/api";

import { securityHeaderRules } from "./lib/http/security-headers.mjs";

/**
 * A build must never ship data that fails validation, so `next build` runs the same
 * checks as `npm run validate` and stops with the same messages.
 */
async function validateDataForBuild() {
  const { readDataDir } = await tsImport("./lib/data/store.ts", import.meta.url);
  const { formatIssues } = await tsImport("./lib/data/validation-issue.ts", import.meta.url);
  const result = await readDataDir();
  if (!result.ok) {
    throw new Error(`data validation failed:\n${formatIssues(result.issues)}`);
  }
}

/** @type {(phase: string) => Promise<import("next").NextConfig>} */
export default async function config(phase) {
  if (phase === PHASE_PRODUCTION_BUILD) await validateDataForBuild();
  return {
    reactStrictMode: true,
    poweredByHeader: false,
    async headers() {
      return securityHeaderRules({ dev: phase === PHASE_DEVELOPMENT_SERVER });
    },
  };
}
