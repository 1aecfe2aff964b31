/**
 * A hash of everything that goes into a build. `npm start` compares it with the last build's to decide
 * whether to rebuild, and next.config.mjs uses it as the build id, so every instance built from the same
 * sources, on any machine, has the same id (and asks for the same /_next/static files).
 * data/ is not an input: the app reads it at run time.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..");
const INPUTS = [
  "app",
  "components",
  "lib",
  "public",
  "proxy.ts",
  "instrumentation.ts",
  "package-lock.json",
  "next.config.mjs",
  "postcss.config.mjs",
  "tsconfig.json",
  "scripts/build.mjs",
  "scripts/compile-hints.mjs",
  "scripts/source-fingerprint.mjs",
];

function files(rel) {
  const abs = path.join(ROOT, rel);
  if (!existsSync(abs)) return [];
  if (!statSync(abs).isDirectory()) return [rel];
  return readdirSync(abs)
    .sort()
    .flatMap((name) => files(path.join(rel, name)));
}

/** Hex SHA-256 of the build inputs' paths and contents. */
export function sourceFingerprint() {
  const hash = createHash("sha256");
  // Unit tests sit beside the code they test but are not built in; editing one needs no rebuild.
  for (const file of INPUTS.flatMap(files).filter((f) => !/\.test\.tsx?$/.test(f))) {
    hash
      .update(file.split(path.sep).join("/"))
      .update("\0")
      .update(readFileSync(path.join(ROOT, file)))
      .update("\0");
  }
  return hash.digest("hex");
}
