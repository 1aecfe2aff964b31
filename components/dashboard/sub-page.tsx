import type { ReactNode } from "react";

import { SiteHeader } from "@/components/site/site-header";
import type { Locale } from "@/lib/i18n/locale";
import { translator } from "@/lib/i18n/translate";

/** A page that holds what the dashboard links to (its figures, its sources): the site's header, title, intro. */
export function SubPage({
  locale,
  path,
  page,
  children,
}: {
  locale: Locale;
  /** The page in another language, for the switch. */
  path: (locale: Locale) => string;
  /** The catalogue namespace of the page's title and description. */
  page: "figuresPage" | "sourcesPage";
  children: ReactNode;
}) {
  const t = translator(locale);
  return (
    <>
      <SiteHeader locale={locale} pathIn={path} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-6 sm:px-6 sm:py-10">
        <h1 className="text-2xl font-semibold sm:text-3xl">{t(`${page}.title`)}</h1>
        <p className="text-muted mt-2 max-w-3xl text-sm">{t(`${page}.description`)}</p>
        <div className="mt-6">{children}</div>
      </main>
    </>
  );
}
