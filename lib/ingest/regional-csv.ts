import { parse } from "csv-parse/sync";

import { issue, type ValidationIssue } from "../data/validation-issue";

/**
 * A long CSV of results by region, one row per unit and option: `unit,option,votes[,share]`. Each
 * unit's registered voters and ballots are rows of their own, with these in the option column (neither
 * can be an option id, which has no "_"); rows whose unit is "declared" give the declared difference.
 */
export const REGISTERED_ROW = "registered_voters";
export const BALLOTS_ROW = "ballots_total";
export const DECLARED_UNIT = "declared";

const REQUIRED = ["unit", "option", "votes"] as const;
const COLUMNS = new Set<string>([...REQUIRED, "share"]);

/** What a CSV cannot carry: it comes from the command line. */
export interface RegionalCsvMeta {
  sourceIds: string[];
  /** Decimals the document states shares to: needed when the CSV gives any share. */
  sharePrecision?: number;
  /** Written when no share is given, so the file reads like the national revision. */
  nationalSharePrecision: number;
  note?: string;
  /** What the rows of unit "declared" are; required when there are any. */
  declaredNote?: string;
}

interface Totals {
  registeredVoters?: number;
  ballots?: number;
  results: { option: string; votes: number; share?: number }[];
}

/** A count as transcribed from a decree: digits, with spaces or commas between groups. */
function parseCount(text: string): number | undefined {
  const digits = text.replace(/[\s,\u00a0\u202f]/g, "");
  return /^\d+$/.test(digits) ? Number(digits) : undefined;
}

/** A percentage, with a decimal point or (as Russian and Kazakh write it) a decimal comma. */
function parseShare(text: string): number | undefined {
  const t = text.replace(",", ".").replace(/\s*%$/, "");
  return /^\d+(\.\d+)?$/.test(t) ? Number(t) : undefined;
}

/**
 * Builds a regional results file (lib/data/regional-schema.ts) from a long CSV. Problems of the CSV
 * itself are named by line; the file built is then validated like a JSON one.
 */
export function regionalFromLongCsv(
  text: string,
  origin: string,
  meta: RegionalCsvMeta,
): { ok: true; regional: unknown } | { ok: false; issues: ValidationIssue[] } {
  let rows: { record: string[]; info: { lines: number } }[];
  try {
    rows = parse(text, {
      bom: true,
      skip_empty_lines: true,
      trim: true,
      // A row may leave out its empty share; one with more fields than the header is named below.
      relax_column_count: true,
      info: true,
    }) as unknown as typeof rows;
  } catch (e) {
    return {
      ok: false,
      issues: [issue(origin, "", `is not a readable CSV: ${(e as Error).message}`)],
    };
  }
  const [head, ...body] = rows;
  const header = head?.record ?? [];
  const missing = REQUIRED.filter((c) => !header.includes(c));
  const unknown = header.filter((c) => !COLUMNS.has(c));
  if (missing.length || unknown.length || new Set(header).size !== header.length)
    return {
      ok: false,
      issues: [
        issue(
          origin,
          "line 1",
          `the header is "${header.join(",")}"; a regional CSV has the columns unit, option, votes and optionally share, each once`,
        ),
      ],
    };
  const col = (name: string) => header.indexOf(name);
  const issues: ValidationIssue[] = [];
  const units = new Map<string, Totals>();
  let firstShare: string | undefined;
  for (const { record, info } of body) {
    const at = `line ${info.lines}`;
    if (record.length > header.length) {
      issues.push(
        issue(origin, at, `has ${record.length} fields; the header names ${header.length}`),
      );
      continue;
    }
    const [unit = "", option = "", votesText = ""] = ["unit", "option", "votes"].map(
      (c) => record[col(c)],
    );
    const shareText = col("share") >= 0 ? (record[col("share")] ?? "") : "";
    const votes = parseCount(votesText);
    const share = shareText === "" ? undefined : parseShare(shareText);
    if (votes === undefined) issues.push(issue(origin, at, `"${votesText}" is not a count`));
    if (shareText !== "" && share === undefined)
      issues.push(issue(origin, at, `"${shareText}" is not a percentage`));
    if (votes === undefined || (shareText !== "" && share === undefined)) continue;
    if (share !== undefined) firstShare ??= at;
    const totals = units.get(unit) ?? { results: [] };
    units.set(unit, totals);
    if (option === REGISTERED_ROW || option === BALLOTS_ROW) {
      const field = option === REGISTERED_ROW ? "registeredVoters" : "ballots";
      if (totals[field] !== undefined)
        issues.push(issue(origin, at, `a second ${option} row for "${unit}"`));
      else if (shareText !== "") issues.push(issue(origin, at, `a ${option} row has no share`));
      totals[field] = votes;
    } else totals.results.push(share === undefined ? { option, votes } : { option, votes, share });
  }
  for (const [unit, totals] of units)
    for (const row of [REGISTERED_ROW, BALLOTS_ROW])
      if ((row === REGISTERED_ROW ? totals.registeredVoters : totals.ballots) === undefined)
        issues.push(issue(origin, "", `no ${row} row for "${unit}"`));
  const declared = units.get(DECLARED_UNIT);
  units.delete(DECLARED_UNIT);
  if (declared && !meta.declaredNote)
    issues.push(
      issue(origin, "", `rows of "${DECLARED_UNIT}" need --declared-note saying what they are`),
    );
  if (!declared && meta.declaredNote)
    issues.push(issue(origin, "", `--declared-note is given, but no row is of "${DECLARED_UNIT}"`));
  if (firstShare && meta.sharePrecision === undefined)
    issues.push(
      issue(
        origin,
        firstShare,
        "gives a share: --share-precision must say how many decimals the document states shares to",
      ),
    );
  if (issues.length) return { ok: false, issues };
  return {
    ok: true,
    regional: {
      sourceIds: meta.sourceIds,
      ...(meta.note && { note: meta.note }),
      sharePrecision: meta.sharePrecision ?? meta.nationalSharePrecision,
      units: [...units].map(([unit, t]) => ({ unit, ...t })),
      ...(declared && {
        declared: {
          registeredVoters: declared.registeredVoters,
          ballots: declared.ballots,
          ...(declared.results.length > 0 && { results: declared.results }),
          note: meta.declaredNote,
        },
      }),
    },
  };
}
