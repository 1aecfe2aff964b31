import { lightHex } from "@/lib/ui/colors";
import { drawOrder, polylinePoints } from "@/lib/charts/render/line-geometry";
import type { ChartModel } from "@/lib/charts/model/model";
import { fileColor, lineStrokeWidth, markColor } from "@/lib/charts/render/style";
import { valueLabel } from "@/lib/charts/render/value-label";
import { clipLabel } from "@/lib/format";

import { OgMap } from "./og-map";

function OgBars({ model }: { model: ChartModel }) {
  const series = model.series[0];
  if (!series) return null;
  const rows = model.rows.slice(0, 8);
  const max = Math.max(...rows.map((r) => Number(r[series.key] ?? 0)), 0) || 1;
  return (
    <div style={{ display: "flex", flexDirection: "column", gap: 8, width: "100%" }}>
      {rows.map((r) => {
        const v = Number(r[series.key] ?? 0);
        const color = fileColor(markColor(series, !!model.highlight && r.id === model.highlight));
        return (
          <div
            key={String(r[model.indexKey])}
            style={{ display: "flex", alignItems: "center", gap: 12, fontSize: 22 }}
          >
            <div
              style={{
                display: "flex",
                width: 300,
                justifyContent: "flex-end",
                color: lightHex("muted"),
              }}
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
            <div style={{ display: "flex", color: lightHex("foreground") }}>
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
      {drawOrder(model.series, model.highlight).map((s) => (
        <polyline
          key={s.key}
          points={polylinePoints(box, model.rows, s.key)}
          fill="none"
          stroke={fileColor(markColor(s, s.key === model.highlight))}
          // The preview is drawn at twice the page's scale.
          strokeWidth={2 * lineStrokeWidth(s, model.highlight)}
        />
      ))}
    </svg>
  );
}

/** The chart drawn for a link preview, as the view shows it (tables preview as bars). */
export function OgChart({ model }: { model: ChartModel }) {
  if (model.kind === "map") return <OgMap model={model} />;
  return model.kind === "line" ? <OgLines model={model} /> : <OgBars model={model} />;
}
