import { ThemeToggle } from "@/components/theme/theme-toggle";
import { themeLabels } from "@/components/theme/theme-labels";
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

/**
 * Title, freshness and the sections. The result's status is the headline result's, and the scope
 * (which quotes the article) opens the article's section: the first screen of a phone goes to the result.
 */
export function DashboardHeader({ asOf, locale }: { asOf: string; locale: Locale }) {
  const t = translator(locale);
  return (
    // A section named by its title rather than a <header>: the site's header
    // (components/site/site-header.tsx) is the page's one banner, and all content sits in a landmark.
    <section aria-labelledby="dashboard-title" className="border-border border-b pb-3 sm:pb-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          {/* On a phone the site header above already names the site; the first screen goes to the result. */}
          <p className="text-accent hidden text-sm font-medium sm:block">{t("header.kicker")}</p>
          <h1 id="dashboard-title" className="mt-1 text-2xl font-bold tracking-tight sm:text-4xl">
            {t("header.title")}
          </h1>
        </div>
        {/* The language switch is in the site's header (components/site/site-header.tsx). */}
        <ThemeToggle labels={themeLabels(locale)} />
      </div>
      {/* One line each on a phone, for the same reason as the sections below: in English at
          about 400 px the two fit one line in the stand-in font and not in Noto. */}
      <p className="mt-2 flex flex-col gap-y-1 text-sm sm:flex-row sm:flex-wrap sm:gap-x-4">
        <span className="text-muted">{t("header.asOf", { date: asOf })}</span>
        <a href={changesPath(locale)}>{t("header.changes")}</a>
      </p>
      {/* On a phone the sections sit in three equal columns, not a flowing line: where a link
          stands then depends on the screen's width alone, so the web font's arrival (its words a
          little wider or narrower than the stand-in's) moves none of them to another line. */}
      <nav aria-label={t("header.sections")} className="no-print mt-2 sm:mt-4">
        <ul className="grid grid-cols-3 gap-x-2 text-xs sm:flex sm:flex-wrap sm:gap-x-4 sm:gap-y-1 sm:text-sm">
          {NAV.map((id) => (
            <li key={id} className="min-w-0 whitespace-nowrap" data-section-link>
              <a href={`#${id}`} className="block py-1 sm:inline sm:py-0">
                {t(`nav.${id}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </section>
  );
}
