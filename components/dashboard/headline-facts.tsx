import { formatNumber } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locale";
import { translator } from "@/lib/i18n/translate";
import { chartPath } from "@/lib/site";

import type { HeadlineVote } from "./headline-result";

/** The chart whose page carries these counts, their sources and their CSV. */
const SOURCE_CHART = "kz-2022-electorate";

/**
 * The counts behind the headline's turnout: who could vote and who took a ballot, from the same
 * revision as the headline. Only counts that chart's CSV carries too, so each is a click from its
 * data; where the revision states no ballots, that count is left out.
 */
export function HeadlineFacts({ locale, vote }: { locale: Locale; vote: HeadlineVote }) {
  if (!vote) return null;
  const t = translator(locale);
  const { electorate } = vote.revision;
  const facts = [
    {
      id: "registered",
      label: t("charts.kz-2022-electorate.registered"),
      value: electorate.registeredVoters,
    },
  ];
  if (electorate.ballotsIssued !== undefined)
    facts.push({
      id: "issued",
      label: t("charts.kz-2022-electorate.issued"),
      value: electorate.ballotsIssued,
    });
  return (
    <section
      aria-labelledby="facts-heading"
      className="border-border bg-card rounded-lg border p-4"
      data-headline-facts
    >
      <h3 id="facts-heading" className="text-muted text-sm font-medium">
        {t("home.facts.title")}
      </h3>
      {/* A label that wraps pushes its figure down: the figures share one baseline. */}
      <dl className="mt-2 grid grid-cols-2 gap-x-4">
        {facts.map((f) => (
          <div key={f.id} data-fact={f.id} className="flex flex-col">
            <dt className="text-muted flex-1 text-xs">{f.label}</dt>
            <dd className="text-xl font-semibold tabular-nums" data-value={f.value}>
              {formatNumber(f.value, "votes", 0, locale)}
            </dd>
          </div>
        ))}
      </dl>
      <p className="mt-3 text-sm">
        <a href={`${chartPath(locale, SOURCE_CHART)}#sources`}>{t("home.facts.sources")}</a>
      </p>
    </section>
  );
}
