import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from "next/constants.js";

import { securityHeaderRules } from "./lib/http/security-headers.mjs";
import { sourceFingerprint } from "./scripts/source-fingerprint.mjs";
import { experimentNotes } from "./scripts/start-notice.mjs";

/**
 * A build must never ship data that fails validation, so `next build` runs the same
 * checks as `npm run validate` and stops with the same messages. tsx is loaded only here: the
 * running server needs no devDependency.
 */
async function validateDataForBuild() {
  const { tsImport } = await import("tsx/esm/api");
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
  const settings = {
    reactStrictMode: true,
    poweredByHeader: false,
    // resvg is a native addon (a .node file per platform): loaded by Node at run time, never bundled.
    // subset-font loads harfbuzz's and woff2's WebAssembly from its own package folder.
    serverExternalPackages: ["@resvg/resvg-js", "subset-font"],
    // A proxy.ts rewrite must name the server's own origin as Next.js's router sees it. Normalizing
    // the proxy's request URL turns 127.0.0.1 into "localhost", so on `next start -H 127.0.0.1` (the
    // usual bind behind nginx) every view rewrite was taken for another origin and refused (404):
    // vercel/next.js#94745. Without normalizing, request.url keeps the bound address.
    skipProxyUrlNormalize: true,
    // The same sources give the same id on every machine, so instances behind one proxy agree on
    // their /_next/static paths.
    generateBuildId: async () => sourceFingerprint().slice(0, 20),
    // Pages are ISR (revalidate = 60, and on demand when data/ changes). This caps what a CDN may
    // serve stale at an hour instead of Next.js's default of a year.
    expireTime: 3600,
    experimental: {
      // Re-rendered pages stay in memory instead of overwriting the build's prerendered files: the
      // build stays as built, and servers that share one .next with different DATA_DIRs (the e2e
      // suite, the scale-out bench) never read each other's pages.
      isrFlushToDisk: false,
    },
    async headers() {
      return securityHeaderRules({ dev: phase === PHASE_DEVELOPMENT_SERVER });
    },
  };
  // Next.js lists the experiments above in every build log, a switched-off one with a red ⨯: said
  // once here, before that list, so the line is not taken for a failed build.
  // The build loads this file again for its compile step; the environment carries "said" there.
  if (phase === PHASE_PRODUCTION_BUILD && !process.env.KZ_EXPERIMENTS_EXPLAINED) {
    for (const note of experimentNotes(settings.experimental)) console.log(note);
    process.env.KZ_EXPERIMENTS_EXPLAINED = "1";
  }
  return settings;
}
