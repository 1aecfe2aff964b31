import { TurnoutChecksView } from "@/components/checks/turnout-checks-view";
import { sitePageMetadata } from "@/lib/pages/page-metadata";
import { fetchDashboardData } from "@/lib/data/loader";
import { localeParams, toLocale } from "@/lib/i18n/locale";
import { turnoutChecksPath } from "@/lib/site";

type PageProps = { params: Promise<{ locale: string }> };

export const dynamicParams = false;
export const generateStaticParams = localeParams;

export const generateMetadata = sitePageMetadata(turnoutChecksPath, "/checks/turnout", {
  title: "checks.title",
  description: "checks.description",
});

export default async function TurnoutChecksPage({ params }: PageProps) {
  const locale = toLocale((await params).locale);
  return <TurnoutChecksView data={await fetchDashboardData({ locale })} />;
}
