import type { ChartModel } from "@/lib/charts/model/model";
import { fileColor, markColor } from "@/lib/charts/render/style";
import { valueLabel } from "@/lib/charts/render/value-label";
import { lightHex } from "@/lib/ui/colors";

/** Every row as a column, its name under it, as the columns view draws them. */
export function OgColumns({ model }: { model: ChartModel }) {
  const series = model.series[0];
  if (!series) return null;
  const max = Math.max(...model.rows.map((r) => Number(r[series.key] ?? 0)), 0) || 1;
  const groupW = Math.floor(1088 / Math.max(1, model.rows.length));
  const size = groupW < 80 ? 12 : 18;
  return (
    <div style={{ display: "flex", width: "100%", alignItems: "flex-end" }}>
      {model.rows.map((r) => (
        <div
          key={String(r[model.indexKey])}
          style={{
            display: "flex",
            flexDirection: "column",
            alignItems: "center",
            width: groupW,
            fontSize: size,
          }}
        >
          <div style={{ display: "flex", color: lightHex("foreground") }}>
            {valueLabel(model, r, series.key)}
          </div>
          <div
            style={{
              display: "flex",
              width: Math.min(56, groupW - 8),
              height: Math.max(2, (Number(r[series.key] ?? 0) / max) * 170),
              background: fileColor(
                markColor(series, !!model.highlight && r.id === model.highlight),
              ),
            }}
          />
          <div
            style={{
              display: "flex",
              height: 3 * (size + 2),
              marginTop: 4,
              color: lightHex("muted"),
              textAlign: "center",
              lineHeight: 1.1,
            }}
          >
            {String(r[model.indexKey])}
          </div>
        </div>
      ))}
    </div>
  );
}
