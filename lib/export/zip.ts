import { strToU8, zipSync, type Zippable } from "fflate";

// Fixed entry times keep the archive identical for identical content.
const ENTRY_TIME = new Date("2023-01-01T00:00:00Z");

/** A zip of text files, entries in the given order, byte-identical for identical content. */
export function toZip(files: Record<string, string>): Uint8Array<ArrayBuffer> {
  const entries: Zippable = {};
  for (const [name, text] of Object.entries(files))
    entries[name] = [strToU8(text), { mtime: ENTRY_TIME }];
  return new Uint8Array(zipSync(entries, { level: 6 }));
}
