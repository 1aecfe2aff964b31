/**
 * npm run ingest -- <file> --dataset <id>
 *   Adds a revision (JSON in the dataset's own format) after validating it with all of data/.
 * npm run ingest -- <results.csv> --dataset <id> --status final --as-of 2022-11-22T12:00:00+06:00 --source <id> [--source <id>]
 *   The same from a CSV results table (columns option, votes[, share, list_seats]).
 * On any problem it prints every one and writes nothing. DATA_DIR, SITE_URL and REVALIDATE_TOKEN apply.
 */
import { parseArgs } from "node:util";

import { readDataDir } from "../lib/data/store";
import { ingestRevision, readRevisionFile } from "../lib/ingest/ingest";
import { notifyServer } from "../lib/ingest/notify";
import { revisionFromResultsCsv } from "../lib/ingest/results-csv";
import { formatIssues } from "../lib/data/validation-issue";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    dataset: { type: "string" },
    status: { type: "string" },
    "as-of": { type: "string" },
    source: { type: "string", multiple: true },
    note: { type: "string" },
  },
});
const file = positionals[0];
if (!file || !values.dataset) {
  console.error(
    "usage: npm run ingest -- <file.json|file.csv> --dataset <dataset-id> [--status --as-of --source for CSV]",
  );
  process.exit(2);
}
const read = await readRevisionFile(file);
if (!read.ok) {
  console.error(read.message);
  process.exit(1);
}

let revision: unknown;
if (file.toLowerCase().endsWith(".csv")) {
  const current = await readDataDir();
  const base = current.ok
    ? current.data.elections.find((e) => e.meta.id === values.dataset)?.revisions.at(-1)
    : undefined;
  if (!base || !values.status || !values["as-of"] || !values.source?.length) {
    console.error(
      "a CSV needs an existing election dataset and --status, --as-of and at least one --source",
    );
    process.exit(1);
  }
  const { id: _id, file: _file, ...fields } = base;
  revision = revisionFromResultsCsv(read.text, fields, {
    status: values.status,
    asOf: values["as-of"],
    sourceIds: values.source,
    note: values.note,
  });
} else {
  try {
    revision = JSON.parse(read.text);
  } catch (e) {
    console.error(`${file}: is not valid JSON: ${(e as Error).message}`);
    process.exit(1);
  }
}

const result = await ingestRevision({ datasetId: values.dataset, revision, origin: file });
if (!result.ok) {
  console.error(formatIssues(result.issues));
  console.error(`\n${result.issues.length} problem(s); nothing was written.`);
  process.exit(1);
}
console.log(`added ${result.file}`);
console.log(await notifyServer(process.env.SITE_URL, process.env.REVALIDATE_TOKEN));
