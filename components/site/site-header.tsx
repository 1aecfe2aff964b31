import { LanguageSwitch } from "@/components/i18n/language-switch";
import type { Locale } from "@/lib/i18n/locale";
import { translator } from "@/lib/i18n/translate";
import { homePath } from "@/lib/site";

import { headerLinks } from "./site-links";

const MENU_ID = "site-menu";

/**
 * The site's name, its sections and the language switch, on every page but the embeds. A page
 * renders it itself, with its own address in each language: a layout is given no path, and a chart
 * view's query reaches the page through a rewrite (proxy.ts), so only the page can keep the view.
 * On a phone the sections fold into a menu (a popover), which opens without JavaScript.
 */
export function SiteHeader({ locale, pathIn }: { locale: Locale; pathIn: (l: Locale) => string }) {
  const t = translator(locale);
  const links = headerLinks(locale);
  const items = links.map((l) => (
    <li key={l.id}>
      <a href={l.href} className="block py-1">
        {t(`frame.${l.id}`)}
      </a>
    </li>
  ));
  return (
    <header className="border-border bg-card border-b" data-site-header>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-1 px-4 py-2 sm:px-6">
        {/* text-foreground!: the site's unlayered `a { color }` outranks a layered utility. */}
        <a
          href={homePath(locale)}
          className="text-foreground! mr-auto py-1 text-sm font-bold no-underline sm:text-base"
        >
          {t("site.name")}
        </a>
        <nav aria-label={t("frame.sections")} className="no-print hidden text-sm md:block">
          <ul className="flex gap-x-4">{items}</ul>
        </nav>
        {/* A popover, which the button opens without JavaScript, rather than a <details>: its
            button is no <summary>, which tests and readers open all at once to see a page whole. */}
        <button
          type="button"
          popoverTarget={MENU_ID}
          className="no-print text-accent cursor-pointer py-1 text-sm md:hidden"
        >
          {t("frame.menu")} ▾
        </button>
        <nav
          id={MENU_ID}
          popover="auto"
          aria-label={t("frame.sections")}
          className="border-border bg-card text-foreground inset-auto top-12 right-2 m-0 w-56 rounded-md border p-2 text-sm shadow-lg"
        >
          <ul>{items}</ul>
        </nav>
        <div className="basis-full md:basis-auto">
          <LanguageSwitch locale={locale} pathIn={pathIn} />
        </div>
      </div>
    </header>
  );
}
