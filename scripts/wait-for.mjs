/**
 * Waits for a server to answer: the one start-up loop of the scripts, the bench and the scale-out
 * stack.
 * @param {string} url
 * @param {{ timeoutMs: number, intervalMs?: number, ok?: (r: Response) => boolean, giveUp?: () => boolean }} options
 *   ok: what counts as an answer (a 2xx by default); giveUp: stop early (the server's process ended).
 * @returns {Promise<boolean>} whether it answered in time
 */
export async function waitForUrl(url, { timeoutMs, intervalMs = 200, ok = (r) => r.ok, giveUp }) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end && !giveUp?.()) {
    if (await fetch(url).then(ok, () => false)) return true;
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  return false;
}
