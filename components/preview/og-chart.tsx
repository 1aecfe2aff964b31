import { drawOrder, polylinePoints } from "@/lib/charts/render/line-geometry";
import type { ChartModel } from "@/lib/charts/model/model";
import { LIGHT_HEX as COLOR, litHex } from "@/lib/charts/render/palette";
import { valueLabel } from "@/lib/charts/render/value-label";
import { clipLabel } from "@/lib/format";

function OgBars({ model }: { model: ChartModel }) {
  const series = model.series[0];
  if (!series) return null;
  const rows = model.rows.slice(0, 8);
  const max = Math.max(...rows.map((r) => Number(r[series.key] ?? 0)), 0) || 1;
  return (
    <div style={{ display: "flex", flexDirection: "column", gap: 8, width: "100%" }}>
      {rows.map((r) => {
        const v = Number(r[series.key] ?? 0);
        const color =
          model.highlight && r.id === model.highlight ? litHex(series.color) : COLOR[series.color];
        return (
          <div
            key={String(r[model.indexKey])}
            style={{ display: "flex", alignItems: "center", gap: 12, fontSize: 22 }}
          >
            <div
              style={{ display: "flex", width: 300, justifyContent: "flex-end", color: "#475569" }}
            >
              {clipLabel(String(r[model.indexKey]), 28)}
            </div>
            <div
              style={{
                display: "flex",
                height: 26,
                width: Math.max(2, (v / max) * 560),
                background: color,
                borderRadius: 3,
              }}
            />
            <div style={{ display: "flex", color: "#0f172a" }}>
              {valueLabel(model, r, series.key)}
            </div>
          </div>
        );
      })}
    </div>
  );
}

function OgLines({ model }: { model: ChartModel }) {
  const box = { left: 0, top: 0, width: 1040, height: 300 };
  return (
    <svg width={box.width} height={box.height} viewBox={`0 0 ${box.width} ${box.height}`}>
      {drawOrder(model.series, model.highlight).map((s) => {
        const lit = s.key === model.highlight;
        return (
          <polyline
            key={s.key}
            points={polylinePoints(box, model.rows, s.key)}
            fill="none"
            stroke={lit ? litHex(s.color) : COLOR[s.color]}
            strokeWidth={lit ? 5 : s.muted ? 2 : 6}
          />
        );
      })}
    </svg>
  );
}

/** The chart drawn for a link preview, as the view shows it (tables preview as bars). */
export function OgChart({ model }: { model: ChartModel }) {
  return model.kind === "line" ? <OgLines model={model} /> : <OgBars model={model} />;
}
