import { Card } from "@/components/ui/card";
import { OneSourceTag } from "@/components/ui/one-source-tag";
import { SourceCitation } from "@/components/dashboard/source-citation";
import { isSingleSourceFigure } from "@/lib/data/single-source";
import { formatFigure, formatPeriod, QUALIFIER_WORDS } from "@/lib/format";
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
  const words = QUALIFIER_WORDS[locale][figure.qualifier];
  const text = formatFigure(figure.value, figure.unit, figure.qualifier, 2, locale);
  return (
    <Card className="flex flex-col" data-figure-id={figure.id} data-value={figure.value}>
      <h3 className="text-muted text-sm font-medium">
        {figure.label}
        {isSingleSourceFigure(figure) && <OneSourceTag locale={locale} />}
      </h3>
      <p className="mt-1 text-3xl font-semibold tracking-tight tabular-nums">
        {words ? (
          <>
            <span className="sr-only">{words} </span>
            <span aria-hidden>{text}</span>
          </>
        ) : (
          text
        )}
      </p>
      <p className="mt-2 text-sm">{figure.description}</p>
      {note && <p className="text-muted mt-1 text-xs">{note}</p>}
      <p className="text-muted mt-auto pt-3 text-xs">
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
