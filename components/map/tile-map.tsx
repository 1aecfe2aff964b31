import type { ChartModel } from "@/lib/charts/model/model";
import { MAP_SIZE, TILE, toMapTiles } from "@/lib/charts/render/tile-map";
import { regionPath } from "@/lib/site";

/**
 * The tile-grid map, drawn on the server as SVG: complete without JavaScript, and no code for the
 * browser. Each tile is a link to the unit's page, so Tab walks the tiles in reading order (row by
 * row, west to east) and a screen reader announces the name and value. A phone shows a three-letter
 * code on each tile (a name would be unreadably small at a 50-pixel tile); wider screens the name.
 */
export function TileMap({ model }: { model: ChartModel }) {
  const tiles = toMapTiles(model);
  return (
    <svg
      viewBox={`-3 -3 ${MAP_SIZE.width + 6} ${MAP_SIZE.height + 6}`}
      className="mx-auto block h-auto w-full max-w-2xl [&_a:focus-visible]:outline-none [&_a:focus-visible_rect]:stroke-[var(--accent)] [&_a:focus-visible_rect]:[stroke-width:5] [&_a:hover_rect]:[stroke-width:3]"
      role="group"
      aria-label={`Map: ${model.title}. Each tile links to the page of its region or city.`}
      data-testid="tile-map"
    >
      {tiles.map((t) => (
        <a key={t.id} href={regionPath(t.id)} aria-label={`${t.name}: ${t.label}`} data-tile={t.id}>
          <rect
            x={t.x}
            y={t.y}
            width={TILE.width}
            height={TILE.height}
            rx={6}
            fill={`var(--${t.fill})`}
            stroke="var(--muted)"
            strokeWidth={1}
            data-fill={t.fill}
          />
          <g fill={`var(--${t.ink})`} textAnchor="middle" aria-hidden>
            {/* Phone: code and bare number, large; wider screens: name and value with its unit. */}
            <g className="sm:hidden">
              <text x={t.x + TILE.width / 2} y={t.y + 34} fontSize={24}>
                {t.code}
              </text>
              <text x={t.x + TILE.width / 2} y={t.y + 70} fontSize={28} fontWeight={700}>
                {t.value === null ? "–" : t.label.replace("%", "")}
              </text>
            </g>
            <g className="hidden sm:inline">
              <text x={t.x + TILE.width / 2} y={t.y + 32} fontSize={13}>
                {t.short}
              </text>
              <text x={t.x + TILE.width / 2} y={t.y + 66} fontSize={22} fontWeight={700}>
                {t.value === null ? "–" : t.label}
              </text>
            </g>
          </g>
        </a>
      ))}
    </svg>
  );
}
