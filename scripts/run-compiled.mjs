/**
 * `npm run ingest` and `npm run replay`: runs dist/<name>.mjs (scripts/compile-scripts.mjs), compiling
 * it first when it is missing or its sources changed, with the arguments given. Runs with production
 * dependencies alone once compiled.
 */
import { spawn } from "node:child_process";

import { compiledScript } from "./compile-scripts.mjs";

const [name, ...args] = process.argv.slice(2);
let file;
try {
  file = await compiledScript(name);
} catch (e) {
  console.error(e.message);
  process.exit(1);
}
const child = spawn(process.execPath, [file, ...args], { stdio: "inherit" });
// Ctrl+C reaches the script too (same process group): let it stop in its own way, then exit as it did.
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
