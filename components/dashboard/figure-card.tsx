import { Card } from "@/components/ui/card";
import { OneSourceTag } from "@/components/ui/one-source-tag";
import { SourceCitation } from "@/components/dashboard/source-citation";
import { isSingleSourceFigure } from "@/lib/data/single-source";
import { formatFigure, formatFigureInWords, formatPeriod } from "@/lib/format";
import type { Figure, Source } from "@/lib/data/schemas";
import type { Locale } from "@/lib/i18n/locale";
import { translator } from "@/lib/i18n/translate";

/** A headline figure: the value as the text states it, a line of context and where it comes from. */
export function FigureCard({
  figure,
  source,
  note,
  locale,
}: {
  figure: Figure;
  source?: Source;
  note?: string;
  locale: Locale;
}) {
  const { value, unit, qualifier, gender } = figure;
  const text = formatFigure(value, unit, qualifier, 2, locale, gender);
  // A sign (">", "≈") is read as words: «45 млрд доллардан астам», not "greater-than 45".
  const words =
    qualifier === "exact" || qualifier === "computed"
      ? undefined
      : formatFigureInWords(value, unit, qualifier, 2, locale, gender);
  return (
    // Four rows shared with the row's other cards (subgrid): labels, numbers, texts and sources
    // each line up across the row, whatever the length of a label.
    <Card
      className="row-span-4 grid grid-rows-subgrid gap-y-1"
      data-figure-id={figure.id}
      data-value={figure.value}
    >
      <h3 className="text-muted text-sm font-medium">
        {figure.label}
        {isSingleSourceFigure(figure) && <OneSourceTag locale={locale} />}
      </h3>
      <p className="self-end text-3xl font-semibold tracking-tight tabular-nums">
        {words ? (
          <>
            <span className="sr-only">{words}</span>
            <span aria-hidden>{text}</span>
          </>
        ) : (
          text
        )}
      </p>
      <div className="mt-1">
        <p className="text-sm">{figure.description}</p>
        {note && <p className="text-muted mt-1 text-xs">{note}</p>}
      </div>
      <p className="text-muted self-end pt-2 text-xs">
        {formatPeriod(figure.period, locale)} ·{" "}
        {source ? (
          <a href={source.url} rel="noopener noreferrer">
            <SourceCitation source={source} locator={figure.locator} locale={locale} />
          </a>
        ) : (
          translator(locale)("figures.sourceMissing")
        )}
      </p>
    </Card>
  );
}
