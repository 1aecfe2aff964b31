import { Card } from "@/components/ui/card";
import type { RegionVotes as RegionVotesModel } from "@/lib/charts/model/region-votes";
import type { Source } from "@/lib/data/schemas";
import type { Locale } from "@/lib/i18n/locale";
import { translator } from "@/lib/i18n/translate";
import type { TextContext } from "@/lib/text/resolve-text";

import { RegionLineage } from "./region-lineage";
import { RegionVotesChart } from "./region-votes-chart";
import { RegionVotesTable } from "./region-votes-table";

/** "Turnout in every vote": the unit at each vote with regional turnout, as a chart and a table. */
export function RegionVotes({
  votes,
  sources,
  locale,
  text,
}: {
  votes: RegionVotesModel;
  sources: readonly Source[];
  locale: Locale;
  text: TextContext;
}) {
  const t = translator(locale);
  return (
    <Card>
      <section aria-labelledby="region-votes">
        <h2 id="region-votes" className="text-base font-semibold">
          {t("regionVotes.title")}
        </h2>
        <p className="text-muted text-xs">{t("regionVotes.intro")}</p>
        <RegionLineage votes={votes} sources={sources} locale={locale} text={text} />
        <RegionVotesChart
          votes={votes}
          locale={locale}
          text={text}
          titleId="region-votes-chart"
          summaryId="region-votes-summary"
        />
        <RegionVotesTable votes={votes} sources={sources} locale={locale} text={text} />
      </section>
    </Card>
  );
}
