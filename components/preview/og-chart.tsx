import { lightHex } from "@/lib/ui/colors";
import { drawOrder, polylinePoints } from "@/lib/charts/render/line-geometry";
import type { ChartModel, ChartRow } from "@/lib/charts/model/model";
import { fileColor, lineStrokeWidth, markColor } from "@/lib/charts/render/style";
import { valueLabel } from "@/lib/charts/render/value-label";
import { clipLabel } from "@/lib/format";

import { OgCards } from "./og-cards";
import { OgColumns } from "./og-columns";
import { OgMap } from "./og-map";

/** Up to this many bars in one list; more are drawn in two lists side by side, on one scale. */
const ONE_LIST = 10;

function OgBarList({
  model,
  rows,
  max,
  width,
}: {
  model: ChartModel;
  rows: ChartRow[];
  max: number;
  width: number;
}) {
  const series = model.series[0]!;
  const nameW = Math.round(width * 0.34);
  const rowH = rows.length > 8 ? 26 : 34;
  return (
    <div style={{ display: "flex", flexDirection: "column", gap: 4, width }}>
      {rows.map((r) => {
        const v = Number(r[series.key] ?? 0);
        const color = fileColor(markColor(series, !!model.highlight && r.id === model.highlight));
        return (
          <div
            key={String(r[model.indexKey])}
            style={{
              display: "flex",
              alignItems: "center",
              gap: 10,
              height: rowH,
              fontSize: rowH - 8,
            }}
          >
            <div
              style={{
                display: "flex",
                width: nameW,
                justifyContent: "flex-end",
                color: lightHex("muted"),
              }}
            >
              {clipLabel(String(r[model.indexKey]), Math.floor(nameW / ((rowH - 8) * 0.52)))}
            </div>
            <div
              style={{
                display: "flex",
                height: rowH - 10,
                width: Math.max(2, (v / max) * (width - nameW - 110)),
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

/** Every row, as bars: one list, or two side by side when there are many (the 20 regions). */
function OgBars({ model }: { model: ChartModel }) {
  const series = model.series[0];
  if (!series) return null;
  const max = Math.max(...model.rows.map((r) => Number(r[series.key] ?? 0)), 0) || 1;
  if (model.rows.length <= ONE_LIST)
    return <OgBarList model={model} rows={model.rows} max={max} width={1088} />;
  const half = Math.ceil(model.rows.length / 2);
  return (
    <div style={{ display: "flex", gap: 28, width: "100%" }}>
      <OgBarList model={model} rows={model.rows.slice(0, half)} max={max} width={530} />
      <OgBarList model={model} rows={model.rows.slice(half)} max={max} width={530} />
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

/** The chart drawn for a link preview, as the view shows it, every row of it (tables preview as bars). */
export function OgChart({ model }: { model: ChartModel }) {
  if (model.kind === "map") return <OgMap model={model} />;
  if (model.kind === "line") return <OgLines model={model} />;
  if (model.kind === "cards") return <OgCards model={model} />;
  return model.layout === "horizontal" ? <OgColumns model={model} /> : <OgBars model={model} />;
}
