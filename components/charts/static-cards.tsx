import type { ChartModel } from "@/lib/charts/model/model";
import { cardFacts } from "@/lib/charts/render/cards";
import { translator } from "@/lib/i18n/translate";

/**
 * Figures that measure different things, one card each: the value as the source stated it, its unit,
 * when, and where it can be checked. No shared axis and no lengths, so nothing invites a comparison
 * of magnitudes. A server component: the browser gets it as HTML and loads no chart code for it.
 */
export function StaticCards({ model }: { model: ChartModel }) {
  return (
    <ul
      data-testid="figure-cards"
      aria-label={translator(model.locale)("chart.cardsLabel", { title: model.title })}
      className="grid grid-cols-[repeat(auto-fit,minmax(9.5rem,1fr))] gap-3"
    >
      {model.rows.map((row) => {
        const card = cardFacts(model, row);
        return (
          <li key={card.label} className="border-border flex flex-col rounded-md border p-3">
            <span className="text-muted text-sm leading-snug">{card.label}</span>
            <span className="mt-1 text-2xl font-semibold tracking-tight tabular-nums">
              {card.said === card.stated ? (
                card.stated
              ) : (
                <>
                  <span className="sr-only">{card.said}</span>
                  <span aria-hidden>{card.stated}</span>
                </>
              )}
            </span>
            <span className="text-muted mt-1 text-xs">{card.detail}</span>
            {card.source && <span className="text-muted mt-auto pt-2 text-xs">{card.source}</span>}
          </li>
        );
      })}
    </ul>
  );
}
