import { LOCALES, type Locale } from "@/lib/i18n/locale";
import { translator } from "@/lib/i18n/translate";
import { chartPath, homePath } from "@/lib/site";

import "./globals.css";

/**
 * Every unknown address ends here, chart and region ids included: those routes list their ids at
 * build time (dynamicParams = false), so a mistyped id is a plain, fully rendered 404 that no cache
 * keeps. It sits outside the [locale] layout, so it cannot know the reader's language: it says so in
 * all three, each marked with its lang.
 */
export default function NotFound() {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans antialiased">
        <main id="main" className="mx-auto max-w-xl space-y-8 p-6">
          {LOCALES.map((locale) => (
            <NotFoundIn key={locale} locale={locale} />
          ))}
        </main>
      </body>
    </html>
  );
}

function NotFoundIn({ locale }: { locale: Locale }) {
  const t = translator(locale);
  const Heading = locale === "kk" ? "h1" : "h2";
  return (
    <section lang={locale}>
      <Heading className="text-2xl font-semibold">{t("notFound.title")}</Heading>
      <p className="mt-2">{t("notFound.body")}</p>
      <ul className="mt-4 list-disc space-y-1 pl-5">
        <li>
          <a href={homePath(locale)}>{t("notFound.home")}</a>
        </li>
        <li>
          <a href={chartPath(locale, "kz-2022-turnout-map")}>{t("notFound.map")}</a>
        </li>
      </ul>
    </section>
  );
}
