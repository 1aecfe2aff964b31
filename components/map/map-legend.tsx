import { scaleLegend } from "@/lib/charts/render/tile-map";
import type { Locale } from "@/lib/i18n/locale";
import { translator } from "@/lib/i18n/translate";

const SWATCH: Record<string, string> = {
  "scale-1": "bg-[var(--scale-1)]",
  "scale-2": "bg-[var(--scale-2)]",
  "scale-3": "bg-[var(--scale-3)]",
  "scale-4": "bg-[var(--scale-4)]",
  "scale-5": "bg-[var(--scale-5)]",
};

/** The colour steps of the map with their ranges; the same breaks at every release. */
export function MapLegend({ locale }: { locale: Locale }) {
  const t = translator(locale);
  return (
    <div className="mt-2 text-xs">
      <p className="text-muted">
        {t("map.unit")}
        <span className="sm:hidden"> · {t("map.narrowHint")}</span>
      </p>
      <ul className="mt-1 flex flex-wrap gap-x-3 gap-y-1" aria-label={t("map.key")}>
        {scaleLegend(locale).map((s) => (
          <li key={s.color} className="flex items-center gap-1">
            <span
              aria-hidden
              className={`${SWATCH[s.color]} border-muted inline-block h-3 w-5 rounded-sm border`}
            />
            {s.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
