/**
 * Runs once when a server starts. Pages are ISR: rendered once, then served from Next.js's cache
 * until data/ changes. This watch notices a change within a second (an ingest, a file written by
 * hand, a deploy of new data) and has the server re-render its pages.
 *
 * It also revalidates once the server is listening: `/`, `/changes` and the default chart views were
 * prerendered by `next build` from the build machine's data/, which need not be this server's DATA_DIR.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { watchData } = await import("./lib/data/signature-cache");
  const { revalidateSelf } = await import("./lib/http/self-revalidate");
  const report = (why: string) => (ok: boolean) => {
    if (!ok) console.error(`data watch: could not revalidate the pages after ${why}`);
  };
  void revalidateSelf({ attempts: 300 }).then(report("start-up"));
  watchData(() => void revalidateSelf({ attempts: 5 }).then(report("a change in data/")));
}
