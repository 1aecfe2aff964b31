"use client";

import type { DrawableChart } from "@/lib/charts/model/model";
import { formatNumber } from "@/lib/format";

interface TooltipProps {
  model: DrawableChart;
  active?: boolean;
  label?: string | number;
  /** The regional line under the pointer, named first. */
  hovered?: string;
}

/** Lines of text the tooltip shows: the time, a hovered line, the lead lines, two extremes. */
function tooltipLines(model: DrawableChart, hovered?: string): number {
  const lead = model.series.filter((s) => !s.muted).length;
  const muted = model.series.length - lead;
  return 1 + (hovered ? 1 : 0) + lead + Math.min(muted, 2);
}

/** The tooltip's height in pixels: its lines of 12 px text at 16 px, with padding and border. */
export function lineTooltipHeight(model: DrawableChart, hovered?: string): number {
  return tooltipLines(model, hovered) * 16 + 18;
}

/** Twenty regional lines would make a tooltip as tall as the chart: show the national value and the extremes. */
export function LineTooltip({ model, active, label, hovered }: TooltipProps) {
  const row = model.rows.find((r) => r[model.indexKey] === label);
  if (!active || !row) return null;
  const fmt = (v: number) => formatNumber(v, model.unit, model.decimals, model.locale);
  const lead = model.series.filter((s) => !s.muted);
  const units = model.series
    .filter((s) => s.muted && typeof row[s.key] === "number")
    .map((s) => ({ label: s.label, value: row[s.key] as number }))
    .sort((a, b) => b.value - a.value);
  const extremes = units.length > 1 ? [units[0]!, units[units.length - 1]!] : units;
  const near = model.series.find((s) => s.key === hovered && typeof row[s.key] === "number");
  return (
    <div className="border-border bg-card rounded border p-2 text-xs shadow">
      <p className="font-semibold">{String(label)}</p>
      {near && (
        <p data-hovered-series className="font-semibold tabular-nums">
          {near.label}: {fmt(row[near.key] as number)}
        </p>
      )}
      {lead.map((s) => (
        <p key={s.key} className="tabular-nums">
          {s.label}: {typeof row[s.key] === "number" ? fmt(row[s.key] as number) : "–"}
        </p>
      ))}
      {extremes.map((u, i) => (
        <p key={u.label} className="text-muted tabular-nums">
          {i === 0 ? model.ui.highest : model.ui.lowest}: {u.label} {fmt(u.value)}
        </p>
      ))}
    </div>
  );
}
