import { AboutView } from "@/components/site/about-view";
import { sitePageMetadata } from "@/lib/pages/page-metadata";
import { localeParams, toLocale } from "@/lib/i18n/locale";
import { aboutPath, siteContact } from "@/lib/site";

type PageProps = { params: Promise<{ locale: string }> };

export const dynamicParams = false;
export const generateStaticParams = localeParams;

export const generateMetadata = sitePageMetadata((l) => aboutPath(l), "/about", {
  title: "about.title",
  description: "about.description",
});

export default async function AboutPage({ params }: PageProps) {
  const locale = toLocale((await params).locale);
  return <AboutView locale={locale} contact={siteContact()} />;
}
