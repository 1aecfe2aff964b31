/**
 * One process contending for a lock, for lib/ingest/lock.test.ts: waits until a start time shared by
 * all contenders, takes the lock, and logs when it enters and leaves its critical section.
 * Usage: node --import tsx test/lock-contender.ts <lock path> <log path> <start time ms>
 */
import { appendFile } from "node:fs/promises";

import { withLock } from "../lib/ingest/lock";

const [lockPath, logPath, startAt] = process.argv.slice(2);
await new Promise((r) => setTimeout(r, Math.max(0, Number(startAt) - Date.now())));
await withLock(lockPath!, 20_000, async () => {
  await appendFile(logPath!, `in ${process.pid}\n`);
  await new Promise((r) => setTimeout(r, 40));
  await appendFile(logPath!, `out ${process.pid}\n`);
});
