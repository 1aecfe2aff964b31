/**
 * Whether .next holds a whole build of the current sources, and how long the last build took. Written
 * by `npm run build` when every step has finished, so `npm start` after a build made by hand starts at
 * once, and a build stopped half-way is rebuilt.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/** @param {string} root */
const fingerprintFile = (root) => path.join(root, ".next", "source-fingerprint");
// Kept outside .next, which a build replaces, so the next first start can say how long to wait.
/** @param {string} root */
const secondsFile = (root) => path.join(root, "node_modules", ".cache", "kz-build-seconds");

/**
 * True when root/.next was built, to the end, from sources with this fingerprint.
 * @param {string} root
 * @param {string} fingerprint
 */
export function isCurrentBuild(root, fingerprint) {
  return (
    existsSync(path.join(root, ".next", "BUILD_ID")) &&
    existsSync(fingerprintFile(root)) &&
    readFileSync(fingerprintFile(root), "utf8") === fingerprint
  );
}

/**
 * Marks root/.next as a whole build of the sources with this fingerprint, built in `seconds`.
 * @param {string} root
 * @param {string} fingerprint
 * @param {number} seconds
 */
export function recordBuild(root, fingerprint, seconds) {
  writeFileSync(fingerprintFile(root), fingerprint);
  mkdirSync(path.dirname(secondsFile(root)), { recursive: true });
  writeFileSync(secondsFile(root), String(Math.round(seconds)));
}

/**
 * The last recorded build's duration in seconds, or undefined when none was recorded.
 * @param {string} root
 */
export function lastBuildSeconds(root) {
  try {
    const seconds = Number(readFileSync(secondsFile(root), "utf8"));
    return Number.isFinite(seconds) && seconds > 0 ? seconds : undefined;
  } catch {
    return undefined;
  }
}
