import { ChangeLog, CorrectionLog } from "@/components/changes/change-log";
import { SiteHeader } from "@/components/site/site-header";
import { JsonLd } from "@/components/ui/json-ld";
import { fetchDashboardData } from "@/lib/data/loader";
import { toDatasetCharts } from "@/lib/charts/model/dataset-charts";
import { toChangeLog } from "@/lib/revisions/diff";
import { toCorrections } from "@/lib/revisions/corrections";
import { sitePageMetadata } from "@/lib/pages/page-metadata";
import { toChangesPageJsonLd } from "@/lib/export/page-citation";
import { localeParams, toLocale } from "@/lib/i18n/locale";
import { translator } from "@/lib/i18n/translate";
import { textContext } from "@/lib/text/resolve-text";
import { changesFeedPath, changesPath } from "@/lib/site";

type PageProps = { params: Promise<{ locale: string }> };

export const dynamicParams = false;
export const generateStaticParams = localeParams;

export const generateMetadata = sitePageMetadata(
  changesPath,
  "/changes",
  { title: "changes.title", description: "changes.description" },
  changesFeedPath,
);

export default async function ChangesPage({ params }: PageProps) {
  const locale = toLocale((await params).locale);
  const t = translator(locale);
  const data = await fetchDashboardData({ locale });
  const text = textContext(data);
  return (
    <>
      <SiteHeader locale={locale} pathIn={changesPath} />
      <main id="main" className="mx-auto max-w-3xl px-4 py-6 sm:px-6 sm:py-10">
        <JsonLd data={toChangesPageJsonLd(locale)} />
        <h1 className="text-2xl font-semibold">{t("changes.title")}</h1>
        <p className="text-muted mt-2 text-sm">{t("changes.intro")}</p>
        <div className="mt-6">
          <CorrectionLog entries={toCorrections(data)} charts={toDatasetCharts(data)} text={text} />
          <ChangeLog entries={toChangeLog(data)} charts={toDatasetCharts(data)} text={text} />
        </div>
      </main>
    </>
  );
}
