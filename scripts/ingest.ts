/**
 * npm run ingest -- <file> --dataset <id>
 *   Adds a revision (JSON in the dataset's own format) after validating it with all of data/.
 * npm run ingest -- <results.csv> --dataset <id> --status final --as-of 2022-11-22T12:00:00+06:00 --source <id> [--source <id>]
 *   The same from a CSV results table (columns option, votes[, share, list_seats]).
 * npm run ingest -- <file> --dataset <election-id> --regional <revision-id>
 *   Adds the results by region that add up to that revision (JSON, or a long CSV with --source and,
 *   when it gives shares, --share-precision; see lib/ingest/regional-csv.ts).
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
import { ingestRegional } from "../lib/ingest/regional";
import { regionalFromLongCsv } from "../lib/ingest/regional-csv";
import { revisionFromResultsCsv } from "../lib/ingest/results-csv";
import { retractRevision } from "../lib/ingest/retract";
import { formatIssues, type ValidationIssue } from "../lib/data/validation-issue";

const USAGE =
  "usage: npm run ingest -- <file.json|file.csv> --dataset <dataset-id> [--status --as-of --source for CSV]\n" +
  "       npm run ingest -- <file.json|file.csv> --dataset <election-id> --regional <revision-id> [--source --share-precision --declared-note for CSV]\n" +
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
      regional: { type: "string" },
      "share-precision": { type: "string" },
      "declared-note": { type: "string" },
      "lock-wait": { type: "string" },
    },
  });
} catch (e) {
  usage((e as Error).message);
}
const { values, positionals } = parsed;
const file = positionals[0];
const dataset = values.dataset;
if (!dataset || (values.retract ? file || values.regional : !file)) usage();
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

async function readInput(file: string): Promise<string> {
  const limits = await readLimits();
  if (!limits.ok) refuse(limits.issues, "written");
  const read = await readRevisionFile(file, { maxBytes: limits.value.revisionFile.maxBytes });
  if (!read.ok) {
    console.error(read.message);
    process.exit(1);
  }
  return read.text;
}

function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    console.error(`${file}: is not valid JSON: ${(e as Error).message}`);
    process.exit(1);
  }
}

const isCsv = (file: string) => file.toLowerCase().endsWith(".csv");

async function ingestRegionalFile(file: string, revisionId: string): Promise<string> {
  const text = await readInput(file);
  let regional: unknown;
  if (isCsv(file)) {
    const current = await readDataDir();
    const national = current.ok
      ? current.data.elections
          .find((e) => e.meta.id === dataset)
          ?.revisions.find((r) => r.id === revisionId)
      : undefined;
    if (!national || !values.source?.length) {
      console.error(
        "a regional CSV needs an election's existing revision and at least one --source",
      );
      process.exit(1);
    }
    const precision = values["share-precision"];
    if (precision !== undefined && !/^[0-4]$/.test(precision))
      usage("--share-precision takes the number of decimals, 0 to 4");
    const built = regionalFromLongCsv(text, file, {
      sourceIds: values.source,
      sharePrecision: precision === undefined ? undefined : Number(precision),
      nationalSharePrecision: national.sharePrecision,
      note: values.note,
      declaredNote: values["declared-note"],
    });
    if (!built.ok) refuse(built.issues, "written");
    regional = built.regional;
  } else regional = parseJson(file, text);
  const result = await ingestRegional({
    datasetId: dataset!,
    revisionId,
    regional,
    origin: file,
    lockTimeoutMs,
  });
  if (!result.ok) refuse(result.issues, "written");
  return `added ${result.file}`;
}

async function ingest(file: string): Promise<string> {
  const text = await readInput(file);

  let revision: unknown;
  if (isCsv(file)) {
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
    try {
      revision = revisionFromResultsCsv(text, fields, {
        status: values.status,
        asOf: values["as-of"],
        sourceIds: values.source,
        note: values.note,
      });
    } catch (e) {
      // csv-parse throws on a row with more fields than the header, or an unclosed quote.
      console.error(`${file}: is not a readable CSV: ${(e as Error).message}`);
      process.exit(1);
    }
  } else revision = parseJson(file, text);

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
  console.log(
    await (values.retract
      ? retract(values.retract)
      : values.regional
        ? ingestRegionalFile(file!, values.regional)
        : ingest(file!)),
  );
} catch (e) {
  // Another ingest holds the lock: a situation to explain, not a crash to trace.
  if (!(e instanceof LockBusyError)) throw e;
  console.error(e.message);
  process.exit(1);
}
console.log(await notifyServer(process.env.SITE_URL, process.env.REVALIDATE_TOKEN));
