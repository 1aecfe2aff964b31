import type { ReactNode } from "react";

import { LanguageSwitch } from "@/components/i18n/language-switch";
import type { Locale } from "@/lib/i18n/locale";
import { translator } from "@/lib/i18n/translate";
import { homePath } from "@/lib/site";

/** A page that holds what the dashboard links to (its figures, its sources): back link, title, intro. */
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
    <main id="main" className="mx-auto max-w-6xl px-4 py-6 sm:px-6 sm:py-10">
      <div className="flex flex-wrap items-start justify-between gap-2 text-sm">
        <p>
          <a href={homePath(locale)}>{t("nav.back")}</a>
        </p>
        <LanguageSwitch locale={locale} pathIn={path} />
      </div>
      <h1 className="mt-4 text-2xl font-semibold sm:text-3xl">{t(`${page}.title`)}</h1>
      <p className="text-muted mt-2 max-w-3xl text-sm">{t(`${page}.description`)}</p>
      <div className="mt-6">{children}</div>
    </main>
  );
}
