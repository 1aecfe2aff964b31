/**
 * npm run ingest -- <file> --dataset <id>
 *   Adds a revision (JSON in the dataset's own format) after validating it with all of data/.
 * npm run ingest -- <results.csv> --dataset <id> --status final --as-of 2022-11-22T12:00:00+06:00 --source <id> [--source <id>]
 *   The same from a CSV results table (columns option, votes[, share, list_seats]).
 * npm run ingest -- --retract <revision-id> --dataset <id>
 *   Takes a revision out (one that should never have been added), after validating data/ without it.
 * On any problem it prints every one and changes nothing. --lock-wait <seconds> (15) is how long to
 * wait for another ingest to finish. DATA_DIR, SITE_URL and REVALIDATE_TOKEN apply.
 */
import { parseArgs } from "node:util";

import { readDataDir, readLimits } from "../lib/data/store";
import { ingestRevision, readRevisionFile } from "../lib/ingest/ingest";
import { LockBusyError } from "../lib/ingest/lock";
import { notifyServer } from "../lib/ingest/notify";
import { revisionFromResultsCsv } from "../lib/ingest/results-csv";
import { retractRevision } from "../lib/ingest/retract";
import { formatIssues, type ValidationIssue } from "../lib/data/validation-issue";

const USAGE =
  "usage: npm run ingest -- <file.json|file.csv> --dataset <dataset-id> [--status --as-of --source for CSV]\n" +
  "       npm run ingest -- --retract <revision-id> --dataset <dataset-id>\n" +
  "       either takes --lock-wait <seconds> (default 15)";

function usage(problem?: string): never {
  if (problem) console.error(problem);
  console.error(USAGE);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      dataset: { type: "string" },
      status: { type: "string" },
      "as-of": { type: "string" },
      source: { type: "string", multiple: true },
      note: { type: "string" },
      retract: { type: "string" },
      "lock-wait": { type: "string" },
    },
  });
} catch (e) {
  usage((e as Error).message);
}
const { values, positionals } = parsed;
const file = positionals[0];
const dataset = values.dataset;
if (!dataset || (values.retract ? file : !file)) usage();
const lockWait = Number(values["lock-wait"] ?? 15);
if (!(lockWait >= 0)) usage("--lock-wait takes a number of seconds");
const lockTimeoutMs = lockWait * 1000;

function refuse(issues: ValidationIssue[], what: string): never {
  console.error(formatIssues(issues));
  console.error(`\n${issues.length} problem(s); nothing was ${what}.`);
  process.exit(1);
}

async function retract(revisionId: string): Promise<string> {
  const result = await retractRevision({ datasetId: dataset!, revisionId, lockTimeoutMs });
  if (!result.ok) refuse(result.issues, "changed");
  return `retracted ${result.file}`;
}

async function ingest(file: string): Promise<string> {
  const limits = await readLimits();
  if (!limits.ok) refuse(limits.issues, "written");
  const read = await readRevisionFile(file, { maxBytes: limits.value.revisionFile.maxBytes });
  if (!read.ok) {
    console.error(read.message);
    process.exit(1);
  }

  let revision: unknown;
  if (file.toLowerCase().endsWith(".csv")) {
    const current = await readDataDir();
    const base = current.ok
      ? current.data.elections.find((e) => e.meta.id === dataset)?.revisions.at(-1)
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

  const result = await ingestRevision({
    datasetId: dataset!,
    revision,
    origin: file,
    lockTimeoutMs,
  });
  if (!result.ok) refuse(result.issues, "written");
  return `added ${result.file}`;
}

try {
  console.log(await (values.retract ? retract(values.retract) : ingest(file!)));
} catch (e) {
  // Another ingest holds the lock: a situation to explain, not a crash to trace.
  if (!(e instanceof LockBusyError)) throw e;
  console.error(e.message);
  process.exit(1);
}
console.log(await notifyServer(process.env.SITE_URL, process.env.REVALIDATE_TOKEN));
