import type { RegionVotes } from "@/lib/charts/model/region-votes";
import { VOTE_DOTS, voteDotsLayout, type Dot } from "@/lib/charts/render/vote-dots";
import { SERIES_ROLE_COLORS } from "@/lib/charts/model/series-roles";
import { cssColor, HIGHLIGHT_COLOR } from "@/lib/charts/render/style";
import { formatNumber } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locale";
import { translator } from "@/lib/i18n/translate";
import { resolveText, type TextContext } from "@/lib/text/resolve-text";

// The unit lit and the country in turnout's colour, as in the day's curve above (its view lights the unit).
const UNIT = cssColor(HIGHLIGHT_COLOR);
const COUNTRY = cssColor(SERIES_ROLE_COLORS.turnout);
const INK = "var(--foreground)";
const MUTED = "var(--muted)";
// A value is written over the lines it sits on: a band of the card's colour behind its letters keeps it legible.
const HALO = {
  textAnchor: "middle",
  stroke: "var(--card)",
  strokeWidth: 3,
  strokeLinejoin: "round",
  paintOrder: "stroke",
} as const;

/** The unit's mark is a circle and the country's a square, so the two differ by more than colour. */
function Mark({ dot, unit }: { dot: Dot; unit: boolean }) {
  return unit ? (
    <circle cx={dot.x} cy={dot.y} r={4.5} fill={UNIT} stroke="var(--card)" strokeWidth={1} />
  ) : (
    <rect x={dot.x - 4} y={dot.y - 4} width={8} height={8} fill={COUNTRY} />
  );
}

/**
 * The unit's turnout at each vote against the country's, drawn on the server as one SVG. An image to
 * assistive technology, named by its title and described by the summary; the table below is its data.
 */
export function RegionVotesChart({
  votes,
  locale,
  text,
  titleId,
  summaryId,
}: {
  votes: RegionVotes;
  locale: Locale;
  text: TextContext;
  titleId: string;
  summaryId: string;
}) {
  const t = translator(locale);
  const { rows } = votes;
  const name = resolveText(votes.unit.name, text);
  const layout = voteDotsLayout(rows.map((r, i) => ({ ...r, joined: i > 0 && r.change !== null })));
  const broken = rows.some((r, i) => i > 0 && r.change === null);
  const { width, height } = layout;
  const { left } = VOTE_DOTS;
  const pct = (v: number, decimals: number) => formatNumber(v, "percent", decimals, locale);
  const line = (dots: Dot[], pairs: [number, number][], color: string, w: number) =>
    pairs.map(([a, b]) => (
      <line
        key={`${a}-${b}`}
        x1={dots[a]!.x}
        y1={dots[a]!.y}
        x2={dots[b]!.x}
        y2={dots[b]!.y}
        stroke={color}
        strokeWidth={w}
      />
    ));
  return (
    <figure className="mt-4">
      <figcaption id={titleId} className="text-sm font-semibold">
        {t("regionVotes.chartTitle", { name, year: votes.since })}
      </figcaption>
      <ul className="mt-1 flex flex-wrap gap-x-4 text-xs" aria-hidden>
        <li className="flex items-center gap-1">
          <span className="inline-block size-2.5 rounded-full" style={{ background: UNIT }} />
          {name}
        </li>
        <li className="flex items-center gap-1">
          <span className="inline-block size-2.5" style={{ background: COUNTRY }} />
          {t("columns.kazakhstan")}
        </li>
      </ul>
      <svg
        role="img"
        aria-labelledby={titleId}
        aria-describedby={summaryId}
        viewBox={`0 0 ${width} ${height}`}
        // Never drawn larger than 1.1 times its own units, so its text stays near the page's.
        style={{ maxWidth: `${Math.round(width * 1.1)}px` }}
        className="mt-1 h-auto w-full"
        fontSize={15}
      >
        {layout.ticks.map((tick) => (
          <g key={tick.value}>
            <line x1={left} x2={width} y1={tick.y} y2={tick.y} stroke="var(--border)" />
            <text x={left - 4} y={tick.y + 4} textAnchor="end" fill={MUTED} fontSize={12}>
              {tick.value}%
            </text>
          </g>
        ))}
        {line(
          layout.country,
          rows.slice(1).map((_, i) => [i, i + 1]),
          COUNTRY,
          1.5,
        )}
        {line(layout.unit, layout.unitLinks, UNIT, 2.5)}
        {rows.map((r, i) => (
          <g key={r.voteId} className="tabular-nums">
            <Mark dot={layout.country[i]!} unit={false} />
            <Mark dot={layout.unit[i]!} unit />
            <text {...HALO} x={layout.columns[i]} y={layout.country[i]!.labelY} fill={MUTED}>
              {pct(r.national, r.decimals)}
            </text>
            <text
              {...HALO}
              x={layout.columns[i]}
              y={layout.unit[i]!.labelY}
              fill={INK}
              fontWeight={600}
            >
              {pct(r.turnout, r.decimals)}
            </text>
            <text
              x={layout.columns[i]}
              y={layout.axisY}
              textAnchor="middle"
              fill={MUTED}
              fontSize={12}
            >
              <tspan x={layout.columns[i]}>{resolveText(r.short, text)}</tspan>
              <tspan x={layout.columns[i]} dy={15}>
                {r.date.slice(0, 4)}
              </tspan>
            </text>
          </g>
        ))}
      </svg>
      {broken && <p className="text-muted text-xs">{t("regionVotes.joinNote")}</p>}
      <p id={summaryId} className="mt-2 text-sm">
        {resolveText(votes.summary, text)}
      </p>
    </figure>
  );
}
