import { legendFor } from "@/lib/charts/render/tile-map";
import type { ChartModel } from "@/lib/charts/model/model";
import { translator } from "@/lib/i18n/translate";

const SWATCH: Record<string, string> = {
  "scale-1": "bg-[var(--scale-1)]",
  "scale-2": "bg-[var(--scale-2)]",
  "scale-3": "bg-[var(--scale-3)]",
  "scale-4": "bg-[var(--scale-4)]",
  "scale-5": "bg-[var(--scale-5)]",
  "div-1": "bg-[var(--div-1)]",
  "div-2": "bg-[var(--div-2)]",
  "div-3": "bg-[var(--div-3)]",
  "div-4": "bg-[var(--div-4)]",
  "div-5": "bg-[var(--div-5)]",
};

/**
 * The colour steps of the map with their ranges (the same breaks at every release and for every
 * comparison), and what a dashed tile means when the map has any.
 */
export function MapLegend({ model }: { model: Pick<ChartModel, "unit" | "locale" | "rows"> }) {
  const t = translator(model.locale);
  const change = model.unit === "points";
  const marked = model.rows.some((r) => typeof r.status === "string" && r.status !== "comparable");
  return (
    <div className="mt-2 text-xs">
      <p className="text-muted">
        {t(change ? "map.changeUnit" : "map.unit")}
        <span className="sm:hidden"> · {t("map.narrowHint")}</span>
      </p>
      <ul
        className="mt-1 flex flex-wrap gap-x-3 gap-y-1"
        aria-label={t(change ? "map.changeKey" : "map.key")}
      >
        {legendFor(model, model.locale).map((s) => (
          <li key={s.color} className="flex items-center gap-1">
            <span
              aria-hidden
              className={`${SWATCH[s.color]} border-muted inline-block h-3 w-5 rounded-sm border`}
            />
            {s.label}
          </li>
        ))}
        {marked && (
          <li className="flex items-center gap-1">
            <span
              aria-hidden
              className="border-muted inline-block h-3 w-5 rounded-sm border-2 border-dashed"
            />
            {t("map.marked")}
          </li>
        )}
      </ul>
    </div>
  );
}
