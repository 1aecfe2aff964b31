import { ArticleFigures } from "@/components/dashboard/article-figures";
import { SubPage } from "@/components/dashboard/sub-page";
import { sitePageMetadata } from "@/lib/pages/page-metadata";
import { fetchDashboardData } from "@/lib/data/loader";
import { localeParams, toLocale } from "@/lib/i18n/locale";
import { figuresPath } from "@/lib/site";

type PageProps = { params: Promise<{ locale: string }> };

export const dynamicParams = false;
export const generateStaticParams = localeParams;

export const generateMetadata = sitePageMetadata((l) => figuresPath(l), "/figures", {
  title: "figuresPage.title",
  description: "figuresPage.description",
});

export default async function FiguresPage({ params }: PageProps) {
  const locale = toLocale((await params).locale);
  const data = await fetchDashboardData({ locale });
  return (
    <SubPage locale={locale} path={(l) => figuresPath(l)} page="figuresPage">
      <ArticleFigures data={data} />
    </SubPage>
  );
}
