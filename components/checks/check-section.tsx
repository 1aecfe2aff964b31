import type { ReactNode } from "react";

import { Card } from "@/components/ui/card";
import type { Locale } from "@/lib/i18n/locale";
import { translator } from "@/lib/i18n/translate";
import { checkCsvPath, checkPackagePath } from "@/lib/site";

/**
 * One check of the page: its heading with a permalink (the section's id is its anchor), what the check
 * can and cannot show, its content and, where it is data, the link to its table as CSV.
 */
export function CheckSection({
  id,
  title,
  can,
  cannot,
  csv,
  locale,
  children,
}: {
  id: string;
  title: string;
  can: string;
  cannot?: string;
  /** The id of the table at /api/checks/<id>/data.csv. */
  csv?: string;
  locale: Locale;
  children: ReactNode;
}) {
  const t = translator(locale);
  return (
    <Card>
      <section id={id} aria-labelledby={`${id}-title`} className="scroll-mt-4">
        <div className="flex flex-wrap items-baseline justify-between gap-x-3">
          <h2 id={`${id}-title`} className="text-base font-semibold">
            {title}
          </h2>
          <a href={`#${id}`} className="text-muted no-print text-xs underline">
            {t("checks.permalink")}
          </a>
        </div>
        <dl className="mt-2 space-y-1 text-sm">
          <div>
            <dt className="inline font-semibold">{t("checks.whatItShows")}: </dt>
            <dd className="inline">{can}</dd>
          </div>
          {cannot && (
            <div>
              <dt className="inline font-semibold">{t("checks.whatItCannot")}: </dt>
              <dd className="inline">{cannot}</dd>
            </div>
          )}
        </dl>
        {children}
        {csv && (
          <p className="no-print mt-3 text-sm">
            <a href={checkCsvPath(csv, locale)} className="underline" download>
              {t("checks.csv")}
            </a>
            {" · "}
            <a href={checkPackagePath(csv)} className="underline">
              {t("downloads.datapackage")}
            </a>
          </p>
        )}
      </section>
    </Card>
  );
}
