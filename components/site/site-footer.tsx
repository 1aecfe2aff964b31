import { LICENCE } from "@/lib/export/chart-citation";
import type { Locale } from "@/lib/i18n/locale";
import { translator } from "@/lib/i18n/translate";

import { footerLinks } from "./site-links";

/** Where the figures come from, under what licence, and how to have one corrected. */
export function SiteFooter({ locale }: { locale: Locale }) {
  const t = translator(locale);
  return (
    <footer className="border-border mt-12 border-t text-sm" data-site-footer>
      <div className="mx-auto max-w-6xl px-4 py-6 sm:px-6">
        <nav aria-label={t("frame.footer")} className="no-print">
          <ul className="flex flex-wrap gap-x-5 gap-y-2">
            {footerLinks(locale).map((l) => (
              <li key={l.id}>
                <a href={l.href}>{t(`frame.${l.id}`)}</a>
              </li>
            ))}
          </ul>
        </nav>
        <p className="text-muted mt-3 text-xs">
          {t("site.name")} ·{" "}
          <a href={LICENCE.url} rel="license" lang="en" className="underline">
            {LICENCE.name}
          </a>
        </p>
      </div>
    </footer>
  );
}
