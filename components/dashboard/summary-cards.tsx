import type { DashboardData } from "@/lib/data/loader";
import { formatDate } from "@/lib/format";
import type { Figure } from "@/lib/data/schemas";
import { translator } from "@/lib/i18n/translate";

import { FigureCard } from "./figure-card";

/** The headline figures, in reading order: result, turnout, economy, campaign. */
export const HEADLINE_FIGURE_IDS = [
  "tokayev-vote-share-2022",
  "turnout-2022",
  "brics-trade-2021",
  "russian-investment-total",
  "campaign-hq-republican-members",
  "campaign-hq-count",
  "campaign-hq-network-members",
];

/** "Agrees with the CEC's final result of 22 Nov 2022." for article figures checked against official data. */
function officialNote(data: DashboardData, f: Figure): string | undefined {
  const id = f.checkAgainst?.dataset;
  const revision = data.elections.find((e) => e.meta.id === id)?.revisions.at(-1);
  return revision
    ? translator(data.locale)(`figures.agrees.${revision.status}`, {
        date: formatDate(revision.asOf, data.locale),
      })
    : undefined;
}

export function SummaryCards({ data }: { data: DashboardData }) {
  const source = data.sources.find((s) => s.id === data.figuresSourceId);
  const figures = HEADLINE_FIGURE_IDS.flatMap((id) => data.figures.filter((f) => f.id === id));
  return (
    <section aria-labelledby="headline-heading" className="mt-8">
      <h2 id="headline-heading" className="sr-only">
        {translator(data.locale)("figures.headline")}
      </h2>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {figures.map((f) => (
          <FigureCard
            key={f.id}
            figure={f}
            source={source}
            note={officialNote(data, f)}
            locale={data.locale}
          />
        ))}
      </div>
    </section>
  );
}
