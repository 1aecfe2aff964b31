import { createHash } from "node:crypto";

/** A strong ETag for a response body. */
export function etagOf(body: string | Uint8Array): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
}

/** True when an If-None-Match header names this tag: a list of tags, weak or strong, or "*". */
export function ifNoneMatchHas(header: string | null | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(",").some((t) => {
    const tag = t.trim();
    return tag === "*" || tag === etag || tag === `W/${etag}`;
  });
}

/** True when the client already holds this version (If-None-Match carries the ETag, or *). */
export function isNotModified(request: Request, etag: string): boolean {
  return ifNoneMatchHas(request.headers.get("if-none-match"), etag);
}

export const DATA_CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=600";

/**
 * A downloadable file response with ETag and caching, or a 304 when nothing changed. `inline`
 * keeps the file name but lets a browser show the file (an image a page draws) instead of saving it.
 */
export function fileResponse(
  request: Request,
  body: string | Uint8Array<ArrayBuffer>,
  contentType: string,
  filename?: string,
  disposition: "attachment" | "inline" = "attachment",
): Response {
  const etag = etagOf(body);
  const headers: Record<string, string> = {
    ETag: etag,
    "Cache-Control": DATA_CACHE_CONTROL,
    "Content-Type": contentType,
  };
  if (filename) headers["Content-Disposition"] = `${disposition}; filename="${filename}"`;
  if (isNotModified(request, etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { headers });
}
