import { formatDate } from "@/lib/format";
import type { Source } from "@/lib/data/schemas";
import { langIfOther, shownTitleLanguage } from "@/lib/data/source-names";
import type { Locale } from "@/lib/i18n/locale";
import { translator, type MessageKey } from "@/lib/i18n/translate";

/**
 * Every source with its publisher, date and link (sources as the page's language shows them:
 * lib/data/localize.ts), and what on the page rests on it. One compact line
 * per source (51 of them): the list is long, and every element here is sent twice, as HTML and again
 * in the page's React payload.
 */
export function SourcesList({
  sources,
  usage,
  locale,
}: {
  sources: Source[];
  usage: Map<string, string[]>;
  locale: Locale;
}) {
  const t = translator(locale);
  // On the server, where ICU's language names cost no visitor anything: "английский", "ағылшын".
  const names = new Intl.DisplayNames([locale], { type: "language" });
  const languageName = (code: string) => names.of(code) ?? code;
  const sorted = [...sources].sort(
    (a, b) =>
      Number(b.kind === "article") - Number(a.kind === "article") ||
      a.publisher.localeCompare(b.publisher, locale),
  );
  return (
    <ul className="divide-border border-border bg-card divide-y rounded-lg border text-sm">
      {sorted.map((s) => {
        const used = usage.get(s.id) ?? [];
        return (
          <li key={s.id} id={`source-${s.id}`} className="px-4 py-2 break-words">
            {/* A Kazakh or Russian page's own headline, else the English: marked with its language. */}
            <a
              href={s.url}
              rel="noopener noreferrer"
              className="font-medium"
              lang={langIfOther(shownTitleLanguage(s, locale), locale)}
            >
              {s.title}
            </a>
            <span className="text-muted text-xs">
              {` · ${t(`sources.kind.${s.kind}` as MessageKey)} · ${s.publisher} · ${
                s.published ? formatDate(s.published, locale) : t("sources.noDate")
              } · ${languageName(s.language)}`}
            </span>
            {s.note && <span className="block text-xs">{s.note}</span>}
            {used.length === 1 && (
              <span className="block py-1 text-xs">{t("sources.usedFor", { item: used[0]! })}</span>
            )}
            {used.length > 1 && (
              <details className="text-xs">
                <summary className="text-accent mt-0.5 w-fit cursor-pointer py-1">
                  {t("sources.usedForCount", { count: used.length })}
                </summary>
                <p className="mt-1">{used.join(" · ")}</p>
              </details>
            )}
          </li>
        );
      })}
    </ul>
  );
}
