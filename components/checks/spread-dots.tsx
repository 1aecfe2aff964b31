import type { VoteSpread } from "@/lib/checks/turnout-checks";
import { SERIES_ROLE_COLORS } from "@/lib/charts/model/series-roles";
import { cssColor } from "@/lib/charts/render/style";

// Every unit in turnout's colour, as the bars of the regions' turnout; the country in ink, so it
// reads apart from them (a square besides), in no other series' colour.
export const UNIT = cssColor(SERIES_ROLE_COLORS.turnout);
export const COUNTRY = "var(--foreground)";
const MUTED = "var(--muted)";
const INK = "var(--foreground)";
const G = { width: 640, left: 112, right: 14, top: 22, row: 64, axis: 26 };

/** A row of the plot with its words already in the page's language. */
export interface SpreadRow {
  spread: VoteSpread;
  /** Two lines at the left: the vote's kind and its year. */
  label: [string, string];
  /** Each unit's name as of the vote, by id. */
  names: Record<string, string>;
  pct: (v: number) => string;
  countryLabel: string;
}

/**
 * Turnout of every unit at each vote as a row of dots, drawn on the server: one row per vote, a dot per
 * unit (its name and figure on hover, as the SVG's own tooltip), the country as a square, the lowest and
 * lowest named under its dot and the highest over its own, so the two never meet. An image to assistive technology; the tables are its data.
 */
export function SpreadDots({
  rows,
  titleId,
  descId,
}: {
  rows: SpreadRow[];
  titleId: string;
  descId: string;
}) {
  const all = rows.flatMap((r) => r.spread.units.map((u) => u.percent));
  const lo = Math.max(0, Math.floor((Math.min(...all) - 2) / 10) * 10);
  const hi = Math.min(100, Math.ceil((Math.max(...all) + 2) / 10) * 10);
  const plotW = G.width - G.left - G.right;
  const x = (v: number) => Math.round((G.left + ((v - lo) / (hi - lo)) * plotW) * 10) / 10;
  const height = G.top + rows.length * G.row + G.axis;
  const ticks: number[] = [];
  for (let v = lo; v <= hi; v += 10) ticks.push(v);
  return (
    <svg
      role="img"
      aria-labelledby={titleId}
      aria-describedby={descId}
      viewBox={`0 0 ${G.width} ${height}`}
      className="mt-2 h-auto w-full max-w-[704px]"
      fontSize={13}
    >
      {ticks.map((v) => (
        <g key={v}>
          <line x1={x(v)} x2={x(v)} y1={G.top} y2={height - G.axis} stroke="var(--border)" />
          <text x={x(v)} y={height - 8} textAnchor="middle" fill={MUTED} fontSize={12}>
            {v}%
          </text>
        </g>
      ))}
      {rows.map((r, i) => {
        const y = G.top + i * G.row + 22;
        const { spread: s } = r;
        return (
          <g key={s.voteId} className="tabular-nums">
            <text x={0} y={y - 2} fill={INK}>
              <tspan x={0}>{r.label[0]}</tspan>
              <tspan x={0} dy={15} fill={MUTED}>
                {r.label[1]}
              </tspan>
            </text>
            <line x1={x(s.min)} x2={x(s.max)} y1={y} y2={y} stroke={MUTED} strokeWidth={1} />
            {s.units.map((u) => (
              <circle
                key={u.id}
                cx={x(u.percent)}
                cy={y}
                r={5}
                fill={UNIT}
                fillOpacity={0.55}
                stroke={UNIT}
              >
                <title>{`${r.names[u.id]}: ${r.pct(u.percent)}`}</title>
              </circle>
            ))}
            <rect
              x={x(s.national) - 5}
              y={y - 5}
              width={10}
              height={10}
              fill={COUNTRY}
              stroke="var(--card)"
            >
              <title>{`${r.countryLabel}: ${r.pct(s.national)}`}</title>
            </rect>
            <text x={x(s.min)} y={y + 20} fill={INK} fontSize={12}>
              {`${r.names[s.lowest[0]!]} ${r.pct(s.min)}`}
            </text>
            <text x={x(s.max)} y={y - 10} textAnchor="end" fill={INK} fontSize={12}>
              {`${r.names[s.highest[0]!]} ${r.pct(s.max)}`}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
