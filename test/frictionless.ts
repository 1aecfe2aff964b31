import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";

import datapackage from "datapackage";

/**
 * Validates a data package on disk with the Frictionless team's own JS libraries: the descriptor
 * against the bundled Tabular Data Package profile (no network), then every row of every CSV
 * against its Table Schema, then the size and hash the descriptor claims. Returns every problem.
 */
export async function validateDataPackage(dir: string): Promise<string[]> {
  const errors: string[] = [];
  const descriptor = JSON.parse(await readFile(path.join(dir, "datapackage.json"), "utf8")) as {
    profile?: string;
    resources?: { profile?: string; bytes?: number; hash?: string }[];
  };
  // Without the tabular profiles the libraries check neither the Table Schema nor the data.
  if (descriptor.profile !== "tabular-data-package")
    errors.push(`descriptor: profile is ${descriptor.profile}, not tabular-data-package`);
  const pkg = await datapackage.Package.load(descriptor, { basePath: dir });
  for (const e of pkg.errors) errors.push(`descriptor: ${e.message}`);
  for (const [i, resource] of pkg.resources.entries()) {
    if (resource.descriptor.profile !== "tabular-data-resource")
      errors.push(`resource ${resource.name}: not a tabular-data-resource`);
    for (const e of resource.errors) errors.push(`resource ${resource.name}: ${e.message}`);
    if (!resource.valid) continue;
    const file = path.join(dir, resource.descriptor.path);
    // The library as a reader gets it, unpatched: Resource.read() parses the file the descriptor names.
    try {
      for (const row of await resource.read({ keyed: true, forceCast: true })) {
        if (!(row instanceof Error)) continue;
        for (const e of row.errors?.length ? row.errors : [row])
          errors.push(`${resource.name} row ${e.rowNumber ?? row.rowNumber}: ${e.message}`);
      }
    } catch (e) {
      errors.push(`${resource.name}: ${(e as Error).message}`);
    }
    const bytes = await readFile(file);
    const claimed = descriptor.resources?.[i];
    if (claimed?.bytes !== bytes.length)
      errors.push(`${resource.name}: bytes is ${claimed?.bytes}, the file has ${bytes.length}`);
    const hash = `sha256:${createHash("sha256").update(bytes).digest("hex")}`;
    if (claimed?.hash !== hash)
      errors.push(`${resource.name}: hash is ${claimed?.hash}, the file's is ${hash}`);
  }
  return errors;
}
