import { constants, type Stats } from "node:fs";
import { open, stat } from "node:fs/promises";

import { grouped } from "../format";

/**
 * How long reading one data file may take. Files here are a few kilobytes and read in a
 * millisecond; a read that takes seconds is stuck (a hung network mount), and a route must not
 * wait for it forever.
 */
export const READ_TIMEOUT_MS = 5000;

/** What a path is, in words, for messages: "a FIFO", "a directory". */
export function fileKind(s: Stats | undefined): string {
  if (!s) return "a broken symbolic link";
  if (s.isFile()) return "a regular file";
  if (s.isDirectory()) return "a directory";
  if (s.isFIFO()) return "a FIFO";
  if (s.isSocket()) return "a socket";
  if (s.isCharacterDevice() || s.isBlockDevice()) return "a device";
  return "not a regular file";
}

/**
 * Settles with `work`, or fails once `ms` have passed. The operation itself may go on (a thread
 * blocked in the kernel cannot be called back), but whoever waits for it does not wait forever.
 */
export async function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took more than ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export type FileText = { ok: true; text: string } | { ok: false; message: string };

export interface ReadLimit {
  maxBytes: number;
  /** Why, for the message: "a revision may have at most 1,048,576 bytes (data/limits.json …)". */
  explain: (maxBytes: number) => string;
}

async function readBounded(file: string, limit: ReadLimit | undefined): Promise<FileText> {
  const tooBig = (what: string): FileText => ({
    ok: false,
    message: `${what}; ${limit!.explain(limit!.maxBytes)}`,
  });
  // stat, unlike open, never waits: a FIFO with no writer would hold a thread of the pool forever.
  const info = await stat(file);
  if (!info.isFile()) return { ok: false, message: `is ${fileKind(info)}, not a regular file` };
  if (limit && info.size > limit.maxBytes) return tooBig(`is ${grouped(info.size)} bytes`);
  // O_NONBLOCK: should the file have been swapped for a FIFO since the stat, open does not wait.
  const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const opened = await handle.stat();
    if (!opened.isFile())
      return { ok: false, message: `is ${fileKind(opened)}, not a regular file` };
    if (!limit) return { ok: true, text: await handle.readFile("utf8") };
    // The size was only what stat said: a file still being written, or one in /proc, holds more.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const want = Math.min(65_536, limit.maxBytes + 1 - total);
      const { bytesRead, buffer } = await handle.read(Buffer.alloc(want), 0, want, null);
      if (bytesRead === 0) break;
      chunks.push(buffer.subarray(0, bytesRead));
      total += bytesRead;
      if (total > limit.maxBytes) return tooBig(`holds more than ${grouped(limit.maxBytes)} bytes`);
    }
    return { ok: true, text: Buffer.concat(chunks).toString("utf8") };
  } finally {
    await handle.close();
  }
}

/**
 * Reads a regular file as UTF-8 text: nothing else (a FIFO, a device, a directory) is opened for
 * reading, no more than `limit.maxBytes` is read, and no read waits longer than timeoutMs. Failures
 * are messages to follow the file's name: "is a FIFO, not a regular file", "file is missing".
 */
export async function readRegularFile(
  file: string,
  { limit, timeoutMs = READ_TIMEOUT_MS }: { limit?: ReadLimit; timeoutMs?: number } = {},
): Promise<FileText> {
  try {
    return await withTimeout(readBounded(file, limit), timeoutMs, "reading");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return { ok: false, message: "file is missing" };
    if (code) return { ok: false, message: `cannot be read (${code})` };
    return { ok: false, message: `cannot be read: ${(e as Error).message}` };
  }
}
