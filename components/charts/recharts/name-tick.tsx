import type { DrawableChart } from "@/lib/charts/model/model";
import { wrapToWidth } from "@/lib/charts/render/svg/text";
import { regionPath } from "@/lib/site";

import { AXIS } from "./axis";

/** Pixels between the baselines of a wrapped name's lines (12 px text). */
export const NAME_LINE = 14;
/** The most lines a name may take before it is cut: never reached by the names in data/. */
const MOST_LINES = 5;

interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
}

/**
 * A category name as the drawn chart sets it: wrapped at spaces (or after a hyphen) by the same
 * measure, never turned on its side; beside a bar ("side") centred on it, under a column ("below")
 * hanging from the axis. A name whose unit has a page links to it, as in the drawn chart.
 */
export function nameTick(model: DrawableChart, width: number, place: "side" | "below") {
  const ids = new Map(model.rows.map((r) => [String(r[model.indexKey] ?? ""), r.id]));
  return function NameTick({ x, y, payload }: TickProps) {
    const label = String(payload?.value ?? "");
    const id = ids.get(label);
    const lines = wrapToWidth(label, width, AXIS.tick.fontSize, MOST_LINES);
    const [tx, ty] = [Number(x ?? 0), Number(y ?? 0)];
    const top = place === "side" ? ty - ((lines.length - 1) * NAME_LINE) / 2 : ty;
    const text = (
      <text
        x={tx}
        y={top}
        textAnchor={place === "side" ? "end" : "middle"}
        fontSize={AXIS.tick.fontSize}
        style={AXIS.tick.style}
        fill={typeof id === "string" ? "var(--accent)" : AXIS.tick.fill}
        className="recharts-text recharts-cartesian-axis-tick-value"
      >
        {lines.map((line, i) => (
          <tspan key={i} x={tx} dy={i > 0 ? NAME_LINE : place === "side" ? "0.355em" : "0.71em"}>
            {line}
          </tspan>
        ))}
      </text>
    );
    return typeof id === "string" ? <a href={regionPath(model.locale, id)}>{text}</a> : text;
  };
}
