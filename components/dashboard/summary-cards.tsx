import type { DashboardData } from "@/lib/data/loader";
import { formatDate } from "@/lib/format";
import type { Figure } from "@/lib/data/schemas";
import { translator } from "@/lib/i18n/translate";

import { FigureCard } from "./figure-card";
import { fittedGrid } from "./fitted-grid";

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

/** The article's own figures on the vote, each beside the official result it was checked against. */
export function SummaryCards({ data, figures }: { data: DashboardData; figures: Figure[] }) {
  const source = data.sources.find((s) => s.id === data.figuresSourceId);
  const t = translator(data.locale);
  return (
    <section aria-labelledby="article-election-heading" id="article-election" className="mt-8">
      <h2 id="article-election-heading" className="text-xl font-semibold sm:text-2xl">
        {t("figuresPage.election")}
      </h2>
      <div className={`mt-4 ${fittedGrid(figures.length)}`}>
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
