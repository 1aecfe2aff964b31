import type { Locale } from "@/lib/i18n/locale";
import { aboutPath, chartPath, changesPath, homePath, sourcesPath } from "@/lib/site";

/** A link of the site's frame: its catalogue key under `frame` and where it goes. */
export interface FrameLink {
  id: "elections" | "regions" | "data" | "about" | FooterId;
  href: string;
}
type FooterId = "sources" | "licence" | "methodology" | "corrections" | "changes";

/** The chart whose tiles lead to each region's and city's page: the way into the regions. */
const REGIONS_CHART = "kz-2022-turnout-map";

/** The header's sections, in reading order. */
export function headerLinks(locale: Locale): FrameLink[] {
  return [
    { id: "elections", href: `${homePath(locale)}#election` },
    { id: "regions", href: chartPath(locale, REGIONS_CHART) },
    { id: "data", href: aboutPath(locale, "data") },
    { id: "about", href: aboutPath(locale) },
  ];
}

/** The footer's links: what a reader checking a figure looks for. */
export function footerLinks(locale: Locale): FrameLink[] {
  return [
    { id: "sources", href: sourcesPath(locale) },
    { id: "methodology", href: aboutPath(locale, "methodology") },
    { id: "licence", href: aboutPath(locale, "licence") },
    { id: "corrections", href: aboutPath(locale, "corrections") },
    { id: "changes", href: changesPath(locale) },
  ];
}
