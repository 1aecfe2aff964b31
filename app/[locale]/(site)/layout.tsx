import type { ReactNode } from "react";

import { SiteFooter } from "@/components/site/site-footer";
import { toLocale } from "@/lib/i18n/locale";

// The frame of the site's own pages; the embeds (app/[locale]/embed) stay bare for other sites.
// Each page renders the header itself (components/site/site-header.tsx says why); the footer
// needs only the language.
export default async function SiteLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const locale = toLocale((await params).locale);
  return (
    <>
      {children}
      <SiteFooter locale={locale} />
    </>
  );
}
