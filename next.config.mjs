import { PHASE_PRODUCTION_BUILD } from "next/constants.js";
import { tsImport } from "tsx/esm/api";

/**
 * A build must never ship data that fails validation, so `next build` runs the same
 * checks as `npm run validate` and stops with the same messages.
 */
async function validateDataForBuild() {
  const { readDataDir } = await tsImport("./lib/data-store.ts", import.meta.url);
  const { formatIssues } = await tsImport("./lib/validation-issue.ts", import.meta.url);
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
      return [
        // Only embeds may be framed by other sites.
        {
          source: "/:path((?!embed(?:/|$)).*)",
          headers: [
            { key: "X-Frame-Options", value: "DENY" },
            { key: "Content-Security-Policy", value: "frame-ancestors 'none'" },
          ],
        },
        {
          source: "/embed/:path*",
          headers: [{ key: "Content-Security-Policy", value: "frame-ancestors *" }],
        },
      ];
    },
  };
}
