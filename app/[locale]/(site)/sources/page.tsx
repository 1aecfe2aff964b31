import { CiteBox } from "@/components/cite/cite-box";
import { DataDownloads } from "@/components/dashboard/data-downloads";
import { SourcesList } from "@/components/dashboard/sources-list";
import { SubPage } from "@/components/dashboard/sub-page";
import { sitePageMetadata } from "@/lib/pages/page-metadata";
import { fetchDashboardData } from "@/lib/data/loader";
import { toSourceUsage } from "@/lib/data/source-usage";
import { toDashboardCitation } from "@/lib/export/page-citation";
import { localeParams, toLocale } from "@/lib/i18n/locale";
import { translator } from "@/lib/i18n/translate";
import { sourcesPath } from "@/lib/site";

type PageProps = { params: Promise<{ locale: string }> };

export const dynamicParams = false;
export const generateStaticParams = localeParams;

export const generateMetadata = sitePageMetadata((l) => sourcesPath(l), "/sources", {
  title: "sourcesPage.title",
  description: "sourcesPage.description",
});

export default async function SourcesPage({ params }: PageProps) {
  const locale = toLocale((await params).locale);
  const t = translator(locale);
  const data = await fetchDashboardData({ locale });
  // The dashboard's citation: what is cited is the dashboard these sources are the sources of.
  const { citations } = toDashboardCitation(data, {
    title: t("site.title"),
    description: t("site.description"),
    charts: [],
  });
  return (
    <SubPage locale={locale} path={(l) => sourcesPath(l)} page="sourcesPage">
      <div className="mb-6 grid items-start gap-4 lg:grid-cols-2">
        <DataDownloads elections={data.elections} locale={locale} />
        <CiteBox citations={citations} what={t("cite.dashboard")} locale={locale} />
      </div>
      <SourcesList sources={data.sources} usage={toSourceUsage(data)} locale={locale} />
    </SubPage>
  );
}
