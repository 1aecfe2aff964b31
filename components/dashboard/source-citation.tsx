import { citationParts } from "@/lib/data/figure-source";
import type { Locator, Source } from "@/lib/data/schemas";
import { langIfOther } from "@/lib/data/source-names";
import type { Locale } from "@/lib/i18n/locale";

/** A section heading of the article, marked as the article's language where the page's differs. */
export function SectionRef({
  heading,
  lang,
  paragraph,
  locale,
}: {
  heading: string;
  lang: string;
  paragraph: number;
  locale: Locale;
}) {
  return (
    <>
      <span lang={langIfOther(lang, locale)}>{heading}</span> ¶{paragraph}
    </>
  );
}

/** “Title”, publisher, date · section ¶n: where a figure can be checked, each piece in its language. */
export function SourceCitation({
  source,
  locator,
  locale,
}: {
  source: Source;
  locator?: Locator;
  locale: Locale;
}) {
  const { title, rest, section } = citationParts(source, locator, locale);
  return (
    <>
      “<span lang={langIfOther(title.lang, locale)}>{title.text}</span>”{rest}
      {section && (
        <>
          {" · "}
          <SectionRef {...section} locale={locale} />
        </>
      )}
    </>
  );
}
