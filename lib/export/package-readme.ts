import type { DataPackage } from "./package";

/** The README of a download set's zip, written from its data package so the two always agree. */
export function toPackageReadme(pkg: DataPackage): string {
  const resource = pkg.resources[0];
  const columns = (resource?.schema.fields ?? []).map(
    (f) => `- ${f.name} (${f.type}${f.unit ? `, ${f.unit}` : ""}): ${f.description}`,
  );
  const licence = pkg.licenses[0];
  return [
    pkg.title,
    "",
    pkg.description,
    ...(pkg.version ? ["", `Revision: ${pkg.version}, published ${pkg.created ?? "?"}`] : []),
    "",
    "Files",
    `- ${resource?.path}: the data (UTF-8 without a byte-order mark, comma-separated, CRLF line ends; an empty cell has no value)`,
    "- datapackage.json: a Frictionless Data Package describing the CSV: column types and units, sources and licence",
    "",
    "Columns",
    ...columns,
    "",
    "Sources",
    ...pkg.sources.map((s) => `- ${s.title}: ${s.path}`),
    "",
    `Licence: ${licence?.title} (${licence?.path}).`,
    "",
  ].join("\r\n");
}
