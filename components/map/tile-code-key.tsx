import type { ChartModel } from "@/lib/charts/model/model";
import { toMapTiles } from "@/lib/charts/render/tile-map";
import type { Locale } from "@/lib/i18n/locale";
import { translator } from "@/lib/i18n/translate";

/**
 * What each code on a phone's tiles stands for, under the map: a plain list, so it reads without
 * JavaScript and without a hover (a title tooltip would need both). Wider screens show names on the
 * tiles and hide it.
 */
export function TileCodeKey({
  model,
  locale,
}: {
  model: Pick<ChartModel, "rows" | "series" | "indexKey" | "unit" | "decimals">;
  locale: Locale;
}) {
  return (
    <ul
      className="mt-2 grid grid-cols-2 gap-x-3 gap-y-0.5 text-xs sm:hidden"
      aria-label={translator(locale)("tiles.key")}
      data-testid="tile-code-key"
    >
      {toMapTiles(model, locale).map((tile) => (
        <li key={tile.id} className="flex gap-1">
          <span className="w-8 shrink-0 font-semibold">{tile.narrow.lines[0]}</span> {tile.name}
        </li>
      ))}
    </ul>
  );
}
