import type { ChartModel } from "@/lib/charts/model/model";
import { MAP_SIZE, TILE, toMapTiles } from "@/lib/charts/render/tile-map";
import { translator } from "@/lib/i18n/translate";
import { regionPath } from "@/lib/site";

/**
 * A phone shows a code and a large bare number; wider screens the short name and the value with
 * its unit. Each width gets its own link, named from the text it shows (label in name), and the
 * other is display:none, so Tab and screen readers meet one link per tile.
 */
const VIEWS = [
  { key: "narrow", className: "sm:hidden", sizes: { y: [34, 70], font: [24, 28] } },
  { key: "wide", className: "hidden sm:inline", sizes: { y: [32, 66], font: [13, 22] } },
] as const;

/**
 * The tile-grid map, drawn on the server as SVG: complete without JavaScript, and no code for the
 * browser. Each tile is a link to the unit's page, so Tab walks the tiles in reading order (row by
 * row, west to east) and a screen reader announces the name and value. A phone shows a three-letter
 * code (a name would be unreadably small at a 50-pixel tile). What every tile shares (its outline)
 * is set once, in the svg's classes, and a prop is given only where it is set: each attribute here
 * is written twice, in the HTML and in the React payload, for 40 links.
 */
export function TileMap({ model }: { model: ChartModel }) {
  const tiles = toMapTiles(model, model.locale);
  return (
    <svg
      viewBox={`-3 -3 ${MAP_SIZE.width + 6} ${MAP_SIZE.height + 6}`}
      className="mx-auto block h-auto w-full max-w-2xl [&_a:focus-visible]:outline-none [&_a:focus-visible_rect]:stroke-[var(--accent)] [&_a:focus-visible_rect]:[stroke-width:5] [&_a:hover_rect]:[stroke-width:3] [&_rect]:stroke-[var(--muted)]"
      role="group"
      aria-label={translator(model.locale)("map.label", { title: model.title })}
      data-testid="tile-map"
    >
      {tiles.map((t) =>
        VIEWS.map(({ key, className, sizes }) => (
          <a
            key={`${t.id}-${key}`}
            href={regionPath(model.locale, t.id)}
            aria-label={t[key].name}
            data-tile={t.id}
            className={className}
          >
            <rect
              x={t.x}
              y={t.y}
              width={TILE.width}
              height={TILE.height}
              rx={6}
              fill={`var(--${t.fill})`}
              {...(t.marked ? { strokeWidth: 2, strokeDasharray: "6 4" } : {})}
            />
            <g fill={`var(--${t.ink})`} textAnchor="middle" aria-hidden>
              <text x={t.x + TILE.width / 2} y={t.y + sizes.y[0]} fontSize={sizes.font[0]}>
                {t[key].lines[0]}
              </text>
              {/* Keeps the lines apart in the link's text as a tool reads it ("NKZ 79.01"). */}{" "}
              <text
                x={t.x + TILE.width / 2}
                y={t.y + sizes.y[1]}
                fontSize={sizes.font[1]}
                fontWeight={700}
              >
                {t[key].lines[1]}
              </text>
            </g>
          </a>
        )),
      )}
    </svg>
  );
}
