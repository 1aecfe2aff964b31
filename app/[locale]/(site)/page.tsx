import type { Metadata } from "next";

import { Dashboard } from "@/components/dashboard/dashboard";
import { SiteHeader } from "@/components/site/site-header";
import { toSitePageMetadata } from "@/lib/pages/page-metadata";
import { fetchDashboardData } from "@/lib/data/loader";
import { localeParams, toLocale } from "@/lib/i18n/locale";
import { translator } from "@/lib/i18n/translate";
import { homePath } from "@/lib/site";

type PageProps = { params: Promise<{ locale: string }> };

// Rendered once per language, then as the [locale] layout's revalidate says. No Suspense or
// loading.tsx here: streamed content stays hidden for visitors without JavaScript.
export const dynamicParams = false;
export const generateStaticParams = localeParams;

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const locale = toLocale((await params).locale);
  const t = translator(locale);
  return toSitePageMetadata(locale, homePath, "/", t("site.title"), t("site.description"));
}

export default async function Page({ params }: PageProps) {
  const locale = toLocale((await params).locale);
  return (
    <>
      <SiteHeader locale={locale} pathIn={homePath} />
      <Dashboard data={await fetchDashboardData({ locale })} />
    </>
  );
}
