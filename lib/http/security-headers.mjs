/**
 * The security headers of every response, in one place: next.config.mjs gives them to Next.js, and
 * proxy.ts puts them on the answers it writes itself (a malformed address, a method no route has).
 * Plain JavaScript: next.config.mjs loads it as is.
 */

import { LOCALE_ALTERNATION } from "../i18n/locales.mjs";

/** Own origin only. Next.js inlines its bootstrap scripts, so script-src needs 'unsafe-inline';
 * 'unsafe-eval' only for the development server's hot reloading. */
function csp(frameAncestors, dev) {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    // data: for the fonts a chart's picture carries inside it (lib/charts/render/svg/embedded-font.ts).
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join("; ");
}

const COMMON = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
  },
];

/** An embed, in a language (/ru/embed/…) or at its address from before there were three (/embed/…). */
const EMBED_PATH = new RegExp(`^/(?:(?:${LOCALE_ALTERNATION})/)?embed(?:/|$)`);

/**
 * Next.js `headers()` rules: only embeds may be framed by other sites.
 * @param {{ dev?: boolean }} [options]
 */
export function securityHeaderRules({ dev = false } = {}) {
  const embed = [...COMMON, { key: "Content-Security-Policy", value: csp("*", dev) }];
  return [
    {
      source: `/:path((?!(?:(?:${LOCALE_ALTERNATION})/)?embed(?:/|$)).*)`,
      headers: [
        ...COMMON,
        { key: "X-Frame-Options", value: "DENY" },
        { key: "Content-Security-Policy", value: csp("'none'", dev) },
      ],
    },
    { source: `/:locale(${LOCALE_ALTERNATION})/embed/:path*`, headers: embed },
    { source: "/embed/:path*", headers: embed },
  ];
}

/**
 * The headers for a response to `pathname`, as an object for `res.writeHead`.
 * @param {string} pathname
 * @returns {Record<string, string>}
 */
export function securityHeadersFor(pathname) {
  const rule = securityHeaderRules()[EMBED_PATH.test(pathname) ? 1 : 0];
  return Object.fromEntries(rule.headers.map((h) => [h.key, h.value]));
}
