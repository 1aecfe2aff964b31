import { isSingleSourceFigure } from "@/lib/data/single-source";
import { OneSourceTag } from "@/components/ui/one-source-tag";
import { SourceCitation } from "@/components/dashboard/source-citation";
import { formatFigure, formatFigureInWords, formatPeriod } from "@/lib/format";
import type { Figure, Source } from "@/lib/data/schemas";
import type { Locale } from "@/lib/i18n/locale";

import { fittedGrid } from "./fitted-grid";

/** Smaller figures as a definition list: label, value as stated, and where to check it. */
export function FigureList({
  figures,
  source,
  columns = 3,
  locale,
}: {
  figures: Figure[];
  source?: Source;
  /** The most columns on a wide screen; fewer when fewer fill the rows. */
  columns?: 2 | 3 | 4 | 5;
  locale: Locale;
}) {
  // A sign (">", "≈") is read as words: «45 млрд доллардан астам», not "greater-than 45".
  const inWords = (f: Figure) =>
    f.qualifier === "exact" || f.qualifier === "computed"
      ? undefined
      : formatFigureInWords(f.value, f.unit, f.qualifier, 2, locale, f.gender);
  return (
    <dl className={fittedGrid(figures.length, columns)}>
      {figures.map((f) => (
        <div
          key={f.id}
          // Four rows shared across the row (subgrid), so the values stand on one line.
          className="border-border bg-card row-span-4 grid grid-rows-subgrid gap-y-1 rounded-lg border p-4"
          data-figure-id={f.id}
          data-value={f.value}
        >
          <dt className="text-muted text-sm">
            {f.label}
            {isSingleSourceFigure(f) && <OneSourceTag locale={locale} />}
          </dt>
          <dd className="self-end text-2xl font-semibold tabular-nums">
            {inWords(f) && <span className="sr-only">{inWords(f)}</span>}
            <span aria-hidden={inWords(f) ? true : undefined}>
              {formatFigure(f.value, f.unit, f.qualifier, 2, locale, f.gender)}
            </span>
          </dd>
          <dd className="mt-1 text-sm">{f.description}</dd>
          <dd className="text-muted self-end pt-1 text-xs">
            {formatPeriod(f.period, locale)}
            {source && (
              <>
                {" · "}
                <SourceCitation source={source} locator={f.locator} locale={locale} />
              </>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
