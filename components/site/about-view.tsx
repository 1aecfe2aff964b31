import type { ReactNode } from "react";

import { LICENCE } from "@/lib/export/chart-citation";
import type { Locale } from "@/lib/i18n/locale";
import { translator, type MessageKey } from "@/lib/i18n/translate";
import { aboutPath, changesPath, type AboutSection } from "@/lib/site";

import { SiteHeader } from "./site-header";

/** Open data a reader can take whole; each chart's own files are on its page. */
function dataLinks(locale: Locale): { key: MessageKey; href: string }[] {
  const lang = locale === "en" ? "" : `?lang=${locale}`;
  return [
    { key: "about.dataFigures", href: "/api/figures.csv" },
    { key: "about.dataRegions", href: `/api/regions/turnout.csv${lang}` },
    { key: "about.dataObservers", href: `/api/observers.csv${lang}` },
    { key: "about.dataSqlite", href: `/api/data.sqlite${lang}` },
    { key: "about.dataCharts", href: "/api/charts" },
    { key: "about.dataApi", href: "/api/openapi.json" },
  ];
}

function Part({ id, title, children }: { id: AboutSection; title: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="mt-8 scroll-mt-4">
      <h2 id={`${id}-title`} className="text-lg font-semibold">
        {title}
      </h2>
      <div className="mt-2 space-y-3">{children}</div>
    </section>
  );
}

/**
 * Methodology, licence, corrections and open data. `contact` is SITE_CONTACT, absent when unset:
 * the page then says so and points to the change log instead of showing an address.
 */
export function AboutView({
  locale,
  contact,
}: {
  locale: Locale;
  contact: { text: string; href: string } | undefined;
}) {
  const t = translator(locale);
  const lead = (title: MessageKey, body: MessageKey) => (
    <p>
      <strong>{t(title)}.</strong> {t(body)}
    </p>
  );
  return (
    <>
      <SiteHeader locale={locale} pathIn={(l) => aboutPath(l)} />
      <main id="main" className="mx-auto max-w-3xl px-4 py-6 sm:px-6 sm:py-10">
        <h1 className="text-2xl font-semibold">{t("about.title")}</h1>
        <p className="mt-2">{t("about.intro")}</p>
        <Part id="methodology" title={t("about.methodology")}>
          {lead("about.sourcesTitle", "about.sources")}
          {lead("about.checksTitle", "about.checks")}
          {lead("about.notPublishedTitle", "about.notPublished")}
        </Part>
        <Part id="licence" title={t("about.licence")}>
          <p>
            {t("about.licenceData")}{" "}
            <a href={LICENCE.url} rel="license" lang="en" className="underline">
              {LICENCE.name}
            </a>
          </p>
          <p>{t("about.licenceFacts")}</p>
          <p>{t("about.licenceCode")}</p>
        </Part>
        <Part id="corrections" title={t("about.corrections")}>
          <p>{t("about.correctionsHow")}</p>
          {contact ? (
            <p data-contact>
              {t("about.contact")}{" "}
              {contact.href ? (
                <a href={contact.href} className="underline">
                  {contact.text}
                </a>
              ) : (
                contact.text
              )}
            </p>
          ) : (
            <p data-no-contact>{t("about.noContact")}</p>
          )}
          <p>
            {t("about.correctionsLog")}{" "}
            <a href={changesPath(locale)} className="underline">
              {t("frame.changes")}
            </a>
          </p>
        </Part>
        <Part id="data" title={t("about.data")}>
          <p>{t("about.dataIntro")}</p>
          <ul className="list-disc space-y-1 pl-5">
            {dataLinks(locale).map((d) => (
              <li key={d.href}>
                <a href={d.href}>{t(d.key)}</a>
              </li>
            ))}
          </ul>
        </Part>
      </main>
    </>
  );
}
