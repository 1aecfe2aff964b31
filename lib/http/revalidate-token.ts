import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** The configured token, or undefined when the endpoint is off. */
export function configuredToken(): string | undefined {
  const t = process.env.REVALIDATE_TOKEN;
  return t && t.length > 0 ? t : undefined;
}

/**
 * Compares a bearer token with the configured one in constant time. Both sides are hashed first so
 * that neither the length nor the content of the secret shows in the timing.
 */
export function isAuthorized(header: string | null, token: string): boolean {
  const given = /^Bearer (.+)$/.exec(header ?? "")?.[1] ?? "";
  const a = createHash("sha256").update(given).digest();
  const b = createHash("sha256").update(token).digest();
  return timingSafeEqual(a, b) && given.length > 0;
}

// The server's own watch of data/ (instrumentation.ts) calls the endpoint with this token: revalidation
// needs a request's context, and the watch must work whether or not REVALIDATE_TOKEN is set. Random per
// process and never sent anywhere but to the process itself.
const KEY = Symbol.for("kz-dashboard.internal-revalidate-token");
const holder = globalThis as typeof globalThis & { [KEY]?: string };

export function internalToken(): string {
  return (holder[KEY] ??= randomBytes(32).toString("base64url"));
}
