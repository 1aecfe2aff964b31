import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from "next/constants.js";
import { tsImport } from "tsx/esm/api";

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
      const dev = phase === PHASE_DEVELOPMENT_SERVER;
      // Own origin only. Next.js inlines its bootstrap scripts, so script-src needs 'unsafe-inline';
      // 'unsafe-eval' only for the development server's hot reloading.
      const csp = (frameAncestors) =>
        [
          "default-src 'self'",
          `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`,
          "style-src 'self' 'unsafe-inline'",
          "img-src 'self' data: blob:",
          "font-src 'self'",
          "connect-src 'self'",
          "object-src 'none'",
          "base-uri 'self'",
          "form-action 'self'",
          `frame-ancestors ${frameAncestors}`,
        ].join("; ");
      const common = [
        { key: "X-Content-Type-Options", value: "nosniff" },
        { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
        {
          key: "Permissions-Policy",
          value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
        },
      ];
      return [
        // Only embeds may be framed by other sites.
        {
          source: "/:path((?!embed(?:/|$)).*)",
          headers: [
            ...common,
            { key: "X-Frame-Options", value: "DENY" },
            { key: "Content-Security-Policy", value: csp("'none'") },
          ],
        },
        {
          source: "/embed/:path*",
          headers: [...common, { key: "Content-Security-Policy", value: csp("*") }],
        },
      ];
    },
  };
}
