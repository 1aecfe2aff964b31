// @ts-check
/**
 * Strong ETags and If-None-Match matching, shared by the API routes (lib/http/http-cache.ts) and the page
 * cache (lib/http/micro-cache.mjs). Plain JavaScript because the production server loads the page cache
 * without a TypeScript step.
 */
import { createHash } from "node:crypto";

/** A strong ETag for a response body. @param {string | Uint8Array} body */
export function etagOf(body) {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
}

/**
 * True when an If-None-Match header names this tag: a list of tags, weak or strong, or "*".
 * @param {string | null | undefined} header @param {string} etag
 */
export function ifNoneMatchHas(header, etag) {
  if (!header) return false;
  return header.split(",").some((t) => {
    const tag = t.trim();
    return tag === "*" || tag === etag || tag === `W/${etag}`;
  });
}
