import type { Source } from "../schemas";
import { issue, type ValidationIssue } from "../validation-issue";
import { FILES } from "./references";

/**
 * Pages published in Kazakh or Russian whose own headline data/ lacks. Not an error: the page is
 * still cited, by its English rendering (marked as English on Kazakh and Russian pages), and a
 * headline may only be added from a copy of the page, never by translating the English back. So
 * `npm run validate` names them as warnings, for whoever finds the page next.
 */
export function sourcesWithoutOriginalTitle(sources: readonly Source[]): ValidationIssue[] {
  return sources.flatMap((s, i) =>
    s.language !== "en" && s.originalTitle === undefined
      ? [
          issue(
            FILES.sources,
            ["sources", i, "originalTitle"],
            `${s.id} was published in ${s.language} but its own headline is missing; ` +
              `Kazakh and Russian readers see the English rendering "${s.title}"`,
          ),
        ]
      : [],
  );
}
