import { LOCALES, type Locale } from "@/lib/i18n/locale";
import { translator } from "@/lib/i18n/translate";

import { KeepViewLink } from "./keep-view-link";

/** Each language's name in itself, so a reader finds theirs whatever the page is in. */
const ENDONYM: Record<Locale, string> = { kk: "Қазақша", ru: "Русский", en: "English" };

/**
 * The same page in the other languages. The links hold the view the page was rendered with; once
 * the chart controls change it in the browser, KeepViewLink carries the new one over on click.
 */
export function LanguageSwitch({
  locale,
  pathIn,
}: {
  locale: Locale;
  pathIn: (l: Locale) => string;
}) {
  const t = translator(locale);
  return (
    <nav aria-label={t("nav.language")} className="no-print text-sm" data-testid="language-switch">
      <ul className="flex gap-3">
        {LOCALES.map((l) => (
          <li key={l}>
            {l === locale ? (
              <span lang={l} aria-current="page" className="font-semibold">
                {ENDONYM[l]}
              </span>
            ) : (
              <KeepViewLink href={pathIn(l)} lang={l} hrefLang={l}>
                {ENDONYM[l]}
              </KeepViewLink>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
