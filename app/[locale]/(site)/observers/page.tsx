import { SiteHeader } from "@/components/site/site-header";
import { ObserverList } from "@/components/observers/observer-list";
import { sitePageMetadata } from "@/lib/pages/page-metadata";
import { fetchDashboardData } from "@/lib/data/loader";
import { observerCounts, toElectionFindings } from "@/lib/data/observers";
import { localeParams, toLocale } from "@/lib/i18n/locale";
import { translator } from "@/lib/i18n/translate";
import { observersPath } from "@/lib/site";

type PageProps = { params: Promise<{ locale: string }> };

export const dynamicParams = false;
export const generateStaticParams = localeParams;

export const generateMetadata = sitePageMetadata((l) => observersPath(l), "/observers", {
  title: "observers.title",
  description: "observers.intro",
});

export default async function ObserversPage({ params }: PageProps) {
  const locale = toLocale((await params).locale);
  const t = translator(locale);
  const data = await fetchDashboardData({ locale });
  const csv = `/api/observers.csv${locale === "en" ? "" : `?lang=${locale}`}`;
  return (
    <>
      <SiteHeader locale={locale} pathIn={(l) => observersPath(l)} />
      <main id="main" className="mx-auto max-w-3xl px-4 py-6 sm:px-6 sm:py-10">
        <h1 className="text-2xl font-semibold">{t("observers.title")}</h1>
        <p className="text-muted mt-2 text-sm">{t("observers.intro")}</p>
        <p className="text-muted mt-2 text-sm">{t("observers.silent")}</p>
        <p className="mt-2 text-sm">
          <a href={csv} download>
            {t("observers.csv")}
          </a>
          {" · "}
          <a href="/api/observers/datapackage.json">{t("downloads.datapackage")}</a>
        </p>
        <div className="mt-6">
          <ObserverList
            elections={toElectionFindings(data)}
            counts={observerCounts(data)}
            sources={data.sources}
            locale={locale}
          />
        </div>
        <p className="text-muted mt-8 text-xs">{t("observers.abbreviations")}</p>
      </main>
    </>
  );
}
