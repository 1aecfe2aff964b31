import type { Source } from "@/lib/data/schemas";
import { langIfOther, shownTitleLanguage } from "@/lib/data/source-names";
import type { Locale } from "@/lib/i18n/locale";

/**
 * A source's title as a link to it, marked with the title's own language where that is not the
 * page's (an English rendering on a Kazakh page, a Russian headline on an English one).
 */
export function SourceLink({
  source,
  locale,
}: {
  source: Pick<Source, "url" | "title" | "language" | "originalTitle">;
  locale: Locale;
}) {
  return (
    // Underlined: in a line of plain text, colour alone does not mark a link.
    <a
      href={source.url}
      rel="noopener noreferrer"
      className="underline"
      lang={langIfOther(shownTitleLanguage(source, locale), locale)}
    >
      {source.title}
    </a>
  );
}
