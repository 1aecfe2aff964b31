import type { Source } from "../schemas";
import { issue, type ValidationIssue } from "../validation-issue";

interface Revision {
  file: string;
  asOf: string;
  sourceIds: readonly string[];
  confirmingSourceIds?: readonly string[];
}

/**
 * A revision's asOf is when its figures were published, so each of its sources must be out by then.
 * A page published later that repeats the figures confirms them: it is listed apart, in
 * confirmingSourceIds, and shown as such. Sources without a publication date cannot be placed and
 * are left alone. Dates are compared on the revision's own calendar day (its asOf's offset).
 */
export function checkSourceDates(
  sources: readonly Pick<Source, "id" | "published">[],
  revisions: readonly Revision[],
): ValidationIssue[] {
  const published = new Map(sources.map((s) => [s.id, s.published]));
  return revisions.flatMap((r) => {
    const day = r.asOf.slice(0, 10);
    const out: ValidationIssue[] = [];
    r.sourceIds.forEach((id, i) => {
      const date = published.get(id);
      if (date && date.slice(0, 10) > day)
        out.push(
          issue(
            r.file,
            ["sourceIds", i],
            `"${id}" was published on ${date.slice(0, 10)}, after this revision's asOf (${r.asOf}); a revision is dated when its figures were published, so a later page confirms them and belongs in confirmingSourceIds`,
          ),
        );
    });
    r.confirmingSourceIds?.forEach((id, i) => {
      if (r.sourceIds.includes(id))
        out.push(
          issue(r.file, ["confirmingSourceIds", i], `"${id}" is also in sourceIds; list it once`),
        );
    });
    return out;
  });
}
