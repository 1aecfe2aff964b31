import type { DashboardData } from "@/lib/data/loader";
import { shownTitleLanguage } from "@/lib/data/source-names";
import { translator } from "@/lib/i18n/translate";
import { figuresPath } from "@/lib/site";

import { ARTICLE_SECTIONS } from "./article-figures";
import { WithForeignPhrase } from "./foreign-phrase";

/**
 * The dashboard's lines for the article's figures, which have their own page: one line per section,
 * each keeping the anchor the section had here, so links made before the move still land on it.
 */
export function ArticleLines({ data }: { data: DashboardData }) {
  const { locale } = data;
  const t = translator(locale);
  const article = data.sources.find((s) => s.id === data.figuresSourceId);
  const lines = [
    { id: "article-election", title: t("figuresPage.election") },
    { id: "derived", title: t("sections.election.derived") },
    ...ARTICLE_SECTIONS.map((id) => ({ id, title: t(`sections.${id}.title`) })),
  ];
  return (
    <section id="figures" aria-labelledby="figures-heading" className="mt-12 scroll-mt-4">
      <h2 id="figures-heading" className="text-xl font-semibold sm:text-2xl">
        {t("figuresPage.title")}
      </h2>
      <p className="text-muted mt-1 max-w-3xl text-sm">
        <WithForeignPhrase
          text={t("header.intro")}
          phrase={article?.title ?? ""}
          lang={article ? shownTitleLanguage(article, locale) : locale}
          locale={locale}
        />
      </p>
      <ul className="mt-3 flex flex-wrap gap-x-4 gap-y-2 text-sm">
        {lines.map((l) => (
          // The id is the old section's anchor (/ru#economy), the link the section's new place.
          <li key={l.id} id={l.id} className="scroll-mt-4">
            <a href={figuresPath(locale, l.id)}>{l.title}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
