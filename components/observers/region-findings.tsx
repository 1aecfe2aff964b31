import { Card } from "@/components/ui/card";
import type { ObserverFinding } from "@/lib/data/observers-schema";
import type { Source } from "@/lib/data/schemas";
import type { Locale } from "@/lib/i18n/locale";
import { translator } from "@/lib/i18n/translate";
import { observersPath } from "@/lib/site";

import { FindingItem } from "./finding-item";

/**
 * On a region's page: what missions said about the turnout figures of the votes in its table, and
 * the findings that name this unit. A block with nothing in it is not drawn.
 */
export function RegionFindings({
  turnout,
  naming,
  sources,
  locale,
}: {
  turnout: ObserverFinding[];
  naming: ObserverFinding[];
  sources: Source[];
  locale: Locale;
}) {
  const t = translator(locale);
  const block = (id: string, title: string, intro: string | null, findings: ObserverFinding[]) =>
    findings.length > 0 && (
      <Card aria-labelledby={id} role="region">
        <h2 id={id} className="text-base font-semibold">
          {title}
        </h2>
        {intro && <p className="text-muted text-xs">{intro}</p>}
        <ul className="mt-3 space-y-4">
          {findings.map((f) => (
            <li key={f.id}>
              <FindingItem finding={f} sources={sources} locale={locale} mission />
            </li>
          ))}
        </ul>
        <p className="mt-3 text-sm">
          <a href={observersPath(locale)}>{t("observers.all")} →</a>
        </p>
      </Card>
    );
  return (
    <>
      {block(
        "observers-turnout",
        t("observers.turnoutTitle"),
        t("observers.turnoutIntro"),
        turnout,
      )}
      {block("observers-naming", t("observers.namingTitle"), null, naming)}
    </>
  );
}
