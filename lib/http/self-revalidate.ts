import { internalToken } from "./revalidate-token";

/** This process's own address: `npm start` and `next start` listen on PORT. */
export function selfUrl(): string {
  return `http://127.0.0.1:${process.env.PORT || "3000"}`;
}

/**
 * Asks this server to revalidate its pages, through its own endpoint (revalidatePath needs a
 * request). Retries while the server is not listening yet; returns whether it was done.
 */
export async function revalidateSelf({ attempts = 1, delayMs = 200 } = {}): Promise<boolean> {
  for (let i = 0; i < attempts; i++) {
    const ok = await fetch(`${selfUrl()}/api/revalidate`, {
      method: "POST",
      headers: { Authorization: `Bearer ${internalToken()}` },
      signal: AbortSignal.timeout(10_000),
    }).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return true;
    await new Promise((r) => setTimeout(r, delayMs));
  }
  return false;
}
