import { statusRank } from "../revision-status";
import { issue, type ValidationIssue } from "../validation-issue";

interface Revision {
  id: string;
  file: string;
  asOf: string;
  status: Parameters<typeof statusRank>[0];
}

/**
 * Revisions, already in time order, of an election held on `electionDate`: none may come before the
 * election, and none may lose status (a preliminary count after a final one).
 */
export function checkRevisionOrder(
  revisions: readonly Revision[],
  electionDate: string | undefined,
): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  revisions.forEach((r, i) => {
    if (electionDate && r.asOf.slice(0, 10) < electionDate) {
      out.push(issue(r.file, "asOf", `${r.asOf} is before the election on ${electionDate}`));
    }
    const prev = revisions[i - 1];
    if (prev && statusRank(r.status) < statusRank(prev.status)) {
      out.push(
        issue(
          r.file,
          "status",
          `"${r.status}" comes after the "${prev.status}" revision ${prev.id}; a revision cannot lose status`,
        ),
      );
    }
  });
  return out;
}
