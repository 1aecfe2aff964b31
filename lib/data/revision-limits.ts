import { grouped } from "../format";
import type { ElectionDataset, TurnoutDataset } from "./dataset";
import type { Limits } from "./schemas";
import { issue, type ValidationIssue } from "./validation-issue";

/** The reason a revision file is refused for its size, after "is 2,097,152 bytes; ". */
export function revisionSizeLimit(maxBytes: number): string {
  return `a revision may have at most ${grouped(maxBytes)} bytes (data/limits.json › revisionFile.maxBytes)`;
}

/**
 * Why an asOf is too far ahead of this machine's clock, or undefined when it is not. Such a revision
 * would stay the newest, and every correct one after it would be refused as older.
 */
export function asOfAheadOfNow(
  asOf: string,
  limits: Pick<Limits, "revisionAsOf">,
  now = Date.now(),
): string | undefined {
  const minutes = limits.revisionAsOf.maxMinutesAhead;
  if (!(Date.parse(asOf) > now + minutes * 60_000)) return undefined;
  return (
    `${asOf} is more than ${minutes} minutes after now (now is ${new Date(now).toISOString()}; ` +
    `data/limits.json › revisionAsOf.maxMinutesAhead); a revision is dated when its figures are ` +
    `published, so this is a mistyped date or a wrong clock`
  );
}

/** Every revision in data/ dated too far ahead, with the command that takes it out. */
export function checkRevisionDates(
  limits: Limits,
  datasets: readonly (ElectionDataset | TurnoutDataset)[],
  now = Date.now(),
): ValidationIssue[] {
  return datasets.flatMap((d) =>
    d.revisions.flatMap((r) => {
      const ahead = asOfAheadOfNow(r.asOf, limits, now);
      return ahead
        ? [
            issue(
              r.file,
              "asOf",
              `${ahead}; retract it (npm run ingest -- --retract ${r.id} --dataset ${d.meta.id}) and ingest it again with the right date`,
            ),
          ]
        : [];
    }),
  );
}
