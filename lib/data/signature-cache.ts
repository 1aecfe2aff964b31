import { dataSignature, resolveDataDir } from "./store";

/**
 * The data directory's signature (file names, sizes and times), read at most once a second per
 * directory however many requests ask, so serving a request costs no directory walk. The running
 * server's watch (instrumentation.ts) re-reads it every second, which is also how a changed file is
 * noticed; the revalidate endpoint asks for a fresh reading.
 */
export interface SignatureCache {
  get(dir?: string, options?: { fresh?: boolean }): Promise<string>;
}

export function createSignatureCache(
  read: (dir: string) => Promise<string> = dataSignature,
  { maxAgeMs = 1000, now = () => Date.now() } = {},
): SignatureCache {
  const byDir = new Map<string, { at: number; value: Promise<string> }>();
  return {
    get(dir, { fresh = false } = {}) {
      const root = resolveDataDir(dir);
      const held = byDir.get(root);
      if (held && !fresh && now() - held.at < maxAgeMs) return held.value;
      const value = read(root);
      const entry = { at: now(), value };
      byDir.set(root, entry);
      value.catch(() => {
        if (byDir.get(root) === entry) byDir.delete(root);
      });
      return value;
    },
  };
}

// One per process: Next.js bundles the instrumentation hook and each route separately, and they must
// share the reading.
const KEY = Symbol.for("kz-dashboard.data-signature");
const holder = globalThis as typeof globalThis & { [KEY]?: SignatureCache };

export function dataSignatures(): SignatureCache {
  return (holder[KEY] ??= createSignatureCache());
}

/**
 * Calls onChange whenever the data directory's signature changes, checking every intervalMs. Returns
 * a function that stops watching.
 */
export function watchData(
  onChange: () => void,
  { intervalMs = 1000, signatures = dataSignatures(), dir }: WatchOptions = {},
): () => void {
  let last: Promise<string> = signatures.get(dir, { fresh: true }).catch(() => "");
  const timer = setInterval(() => {
    const previous = last;
    const next = signatures.get(dir, { fresh: true }).catch(() => "");
    last = next;
    void Promise.all([previous, next]).then(([a, b]) => {
      if (a !== b) onChange();
    });
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}

interface WatchOptions {
  intervalMs?: number;
  signatures?: SignatureCache;
  dir?: string;
}
