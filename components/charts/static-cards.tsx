import type { ChartModel } from "@/lib/charts/model/model";
import { cardFacts } from "@/lib/charts/render/cards";
import { translator } from "@/lib/i18n/translate";

import { cardGrid } from "./card-grid";

/**
 * Figures that measure different things, one card each: the value as the source stated it, its unit,
 * when, and where it can be checked. No shared axis and no lengths, so nothing invites a comparison
 * of magnitudes. A server component: the browser gets it as HTML and loads no chart code for it.
 */
export function StaticCards({ model }: { model: ChartModel }) {
  return (
    <div className="@container">
      <ul
        data-testid="figure-cards"
        aria-label={translator(model.locale)("chart.cardsLabel", { title: model.title })}
        className={`${cardGrid(model.rows.length)} gap-3`}
      >
        {model.rows.map((row) => {
          const card = cardFacts(model, row);
          return (
            // Four rows shared with the row's other cards (subgrid): labels, numbers, dates and
            // sources each line up across the row, whatever the length of a label.
            <li
              key={card.label}
              className="border-border row-span-4 grid grid-rows-subgrid gap-y-1 rounded-md border p-3"
            >
              <span className="text-muted text-sm leading-snug">{card.label}</span>
              <span className="self-end text-2xl font-semibold tracking-tight tabular-nums">
                {card.said === card.stated ? (
                  card.stated
                ) : (
                  <>
                    <span className="sr-only">{card.said}</span>
                    <span aria-hidden>{card.stated}</span>
                  </>
                )}
              </span>
              <span className="text-muted text-xs">{card.detail}</span>
              {card.source && (
                <span className="text-muted self-end pt-2 text-xs">{card.source}</span>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
