/** Makes sure a program from Debian's packages is there, installing the package when run as root. */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

/** True when `binary` exists, after `apt-get install <pkg>` when it did not and we are root. */
export function ensureDebianProgram(binary, pkg) {
  if (existsSync(binary)) return true;
  if (process.getuid?.() !== 0) return false;
  execFileSync("apt-get", ["install", "-y", "-qq", pkg], {
    stdio: "ignore",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  return existsSync(binary);
}
