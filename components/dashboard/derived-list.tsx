import { formatFigure, formatPeriod } from "@/lib/format";
import type { DerivedFigure } from "@/lib/data/schemas";
import type { Locale } from "@/lib/i18n/locale";
import { translator } from "@/lib/i18n/translate";
import { isSingleSourceFigure } from "@/lib/data/single-source";
import { OneSourceTag } from "@/components/ui/one-source-tag";

import { fittedGrid } from "./fitted-grid";

/** Figures computed from the data, marked as such, with the formula one click away. */
export function DerivedList({ figures, locale }: { figures: DerivedFigure[]; locale: Locale }) {
  const t = translator(locale);
  return (
    <dl className={fittedGrid(figures.length, 3)}>
      {figures.map((f) => (
        <div
          key={f.id}
          className="border-border bg-card row-span-4 grid grid-rows-subgrid gap-y-1 rounded-lg border border-dashed p-4"
          data-derived-id={f.id}
          data-value={f.value}
        >
          <dt className="text-muted text-sm">
            {f.label}{" "}
            <span className="bg-background text-foreground rounded px-1 text-xs font-medium">
              {t("figures.derived")}
            </span>
            {isSingleSourceFigure(f) && <OneSourceTag locale={locale} />}
          </dt>
          <dd className="self-end text-2xl font-semibold tabular-nums">
            {formatFigure(f.value, f.unit, f.qualifier, 2, locale)}
          </dd>
          <dd className="mt-1 text-sm">{f.description}</dd>
          <dd className="self-end text-xs">
            <span className="text-muted">{formatPeriod(f.period, locale)}</span>
            <details className="mt-1">
              <summary className="text-accent cursor-pointer">{t("figures.showFormula")}</summary>
              <p className="mt-1 font-mono break-words">{f.formula}</p>
            </details>
          </dd>
        </div>
      ))}
    </dl>
  );
}
