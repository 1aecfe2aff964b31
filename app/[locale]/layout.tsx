import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";

import { THEME_COLORS } from "@/lib/ui/colors";
import { THEME_BOOT_SCRIPT } from "@/lib/ui/theme";
import { notFound } from "next/navigation";

import { ErrorWordsProvider } from "@/components/i18n/error-words";
import { isLocale, toLocale } from "@/lib/i18n/locale";
import { messagesFor } from "@/lib/i18n/messages-for";
import { translator } from "@/lib/i18n/translate";

type LayoutProps = { params: Promise<{ locale: string }> };

// Every page below is ISR: rendered again when data/ changes (instrumentation.ts) and at most every
// minute. Said once here; a route takes the lowest revalidate of its layouts and page.
export const revalidate = 60;

// Each page lists its languages itself (generateStaticParams): listed here, in the root layout, they
// would turn the chart view pages below, whose keys cannot be listed in advance, into 404s in a
// production build. A first segment that is no language is a 404.

export async function generateMetadata({ params }: LayoutProps): Promise<Metadata> {
  const t = translator(toLocale((await params).locale));
  return { title: t("site.title"), description: t("site.description") };
}

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: THEME_COLORS.background.light },
    { media: "(prefers-color-scheme: dark)", color: THEME_COLORS.background.dark },
  ],
};

export default async function LocaleLayout({
  children,
  params,
}: LayoutProps & { children: ReactNode }) {
  const segment = (await params).locale;
  if (!isLocale(segment)) notFound();
  const locale = segment;
  // The boot script may change data-theme before React hydrates; that difference is expected.
  return (
    <html lang={locale} data-theme="system" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_BOOT_SCRIPT }} />
      </head>
      <body className="min-h-screen font-sans antialiased">
        <a
          href="#main"
          className="focus:bg-card sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:rounded focus:p-2"
        >
          {translator(locale)("nav.skip")}
        </a>
        <ErrorWordsProvider words={messagesFor(locale, "error")}>{children}</ErrorWordsProvider>
      </body>
    </html>
  );
}
