"use client";

import type { DrawableChart } from "@/lib/charts/model/model";
import { wrapToWidth } from "@/lib/charts/render/svg/text";
import { formatNumber } from "@/lib/format";

interface TooltipProps {
  model: DrawableChart;
  active?: boolean;
  label?: string | number;
  /** The regional line under the pointer, named first. */
  hovered?: string;
  /** The widest the tooltip may be: on a phone its longest line wraps rather than leave the chart. */
  maxWidth?: number;
}

/** One line of the tooltip, as it is set: the time, the hovered line, a lead line, or an extreme. */
export interface TooltipLine {
  key: string;
  text: string;
  kind: "time" | "hovered" | "lead" | "extreme";
}

const CLASS: Record<TooltipLine["kind"], string> = {
  time: "font-semibold",
  hovered: "font-semibold tabular-nums",
  lead: "tabular-nums",
  extreme: "text-muted tabular-nums",
};

/**
 * What the tooltip says at a row: its time, the hovered line, the lead lines and, of twenty regional
 * lines that would make it as tall as the chart, only the highest and the lowest.
 */
export function tooltipLines(
  model: DrawableChart,
  label: string | number | undefined,
  hovered?: string,
): TooltipLine[] {
  const row = model.rows.find((r) => r[model.indexKey] === label);
  if (!row) return [];
  const fmt = (v: number) => formatNumber(v, model.unit, model.decimals, model.locale);
  const units = model.series
    .filter((s) => s.muted && typeof row[s.key] === "number")
    .map((s) => ({ label: s.label, value: row[s.key] as number }))
    .sort((a, b) => b.value - a.value);
  const extremes = units.length > 1 ? [units[0]!, units[units.length - 1]!] : units;
  const near = model.series.find((s) => s.key === hovered && typeof row[s.key] === "number");
  return [
    { key: "time", text: String(label), kind: "time" as const },
    ...(near
      ? [
          {
            key: "hovered",
            text: `${near.label}: ${fmt(row[near.key] as number)}`,
            kind: "hovered" as const,
          },
        ]
      : []),
    ...model.series
      .filter((s) => !s.muted)
      .map((s) => ({
        key: s.key,
        text: `${s.label}: ${typeof row[s.key] === "number" ? fmt(row[s.key] as number) : "–"}`,
        kind: "lead" as const,
      })),
    ...extremes.map((u, i) => ({
      key: `extreme-${i}`,
      // A no-break space: a wrapped line never leaves the figure alone under its region.
      text: `${i === 0 ? model.ui.highest : model.ui.lowest}: ${u.label}\u00a0${fmt(u.value)}`,
      kind: "extreme" as const,
    })),
  ];
}

// 12 px text on 16 px lines, inside 8 px of padding and a 1 px border each side.
const LINE_PX = 16;
const FRAME_PX = 18;

/**
 * The tooltip's height in pixels, for placing it clear of the end labels: each line at 16 px, as many
 * times as it wraps within `maxWidth` (estimated with Noto Sans's widths).
 */
export function lineTooltipHeight(lines: readonly TooltipLine[], maxWidth?: number): number {
  const inner = maxWidth === undefined ? Infinity : maxWidth - FRAME_PX;
  const count = lines.reduce(
    (n, l) =>
      n +
      (inner === Infinity
        ? 1
        : wrapToWidth(l.text, inner, 12, 9, l.kind !== "lead" && l.kind !== "extreme").length),
    0,
  );
  return count * LINE_PX + FRAME_PX;
}

export function LineTooltip({ model, active, label, hovered, maxWidth }: TooltipProps) {
  const lines = tooltipLines(model, label, hovered);
  if (!active || !lines.length) return null;
  return (
    <div className="border-border bg-card rounded border p-2 text-xs shadow" style={{ maxWidth }}>
      {lines.map((l) => (
        <p
          key={l.key}
          className={CLASS[l.kind]}
          {...(l.kind === "hovered" && { "data-hovered-series": "" })}
        >
          {l.text}
        </p>
      ))}
    </div>
  );
}
