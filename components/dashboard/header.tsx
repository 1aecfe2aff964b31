import { WithForeignPhrase } from "@/components/dashboard/foreign-phrase";
import { ThemeToggle } from "@/components/theme/theme-toggle";
import { themeLabels } from "@/components/theme/theme-labels";
import type { Source } from "@/lib/data/schemas";
import { shownTitleLanguage } from "@/lib/data/source-names";
import type { Locale } from "@/lib/i18n/locale";
import { translator } from "@/lib/i18n/translate";
import { changesPath } from "@/lib/site";

const NAV = [
  "election",
  "parliament",
  "campaign",
  "economy",
  "diplomacy",
  "society",
  "sources",
] as const;

/** Title, scope, freshness and the status of the headline result. */
export function DashboardHeader({
  asOf,
  status,
  article,
  locale,
}: {
  asOf: string;
  status: string;
  /** The article the figures come from, whose title the introduction quotes. */
  article?: Source;
  locale: Locale;
}) {
  const t = translator(locale);
  return (
    // A section named by its title rather than a <header>: the site's header
    // (components/site/site-header.tsx) is the page's one banner, and all content sits in a landmark.
    <section aria-labelledby="dashboard-title" className="border-border border-b pb-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <p className="text-accent text-sm font-medium">{t("header.kicker")}</p>
          <h1 id="dashboard-title" className="mt-1 text-2xl font-bold tracking-tight sm:text-4xl">
            {t("header.title")}
          </h1>
        </div>
        {/* The language switch is in the site's header (components/site/site-header.tsx). */}
        <ThemeToggle labels={themeLabels(locale)} />
      </div>
      <p className="mt-3 max-w-3xl text-sm sm:text-base">
        <WithForeignPhrase
          text={t("header.intro")}
          phrase={article?.title ?? ""}
          lang={article ? shownTitleLanguage(article, locale) : locale}
          locale={locale}
        />
      </p>
      <p className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <span
          className="border-chart-4 bg-card rounded border-l-4 px-2 py-0.5"
          data-testid="headline-status"
        >
          {status}
        </span>
        <span className="text-muted">{t("header.asOf", { date: asOf })}</span>
        <a href={changesPath(locale)}>{t("header.changes")}</a>
      </p>
      <nav aria-label={t("header.sections")} className="no-print mt-4">
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {NAV.map((id) => (
            <li key={id}>
              <a href={`#${id}`}>{t(`nav.${id}`)}</a>
            </li>
          ))}
        </ul>
      </nav>
    </section>
  );
}
