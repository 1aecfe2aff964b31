import { lightHex } from "@/lib/ui/colors";
import type { ChartModel } from "@/lib/charts/model/model";
import { MAP_SIZE, scaleLegend, TILE, toMapTiles } from "@/lib/charts/render/tile-map";

/** The preview's room for the map: the card's height less its header and source line. */
const K = 0.64;

/** The tile map for a link preview: positioned boxes, which the image renderer draws reliably. */
export function OgMap({ model }: { model: ChartModel }) {
  return (
    <div style={{ display: "flex", alignItems: "center", gap: 40, width: "100%" }}>
      <div
        style={{
          display: "flex",
          position: "relative",
          width: MAP_SIZE.width * K,
          height: MAP_SIZE.height * K,
        }}
      >
        {toMapTiles(model).map((t) => (
          <div
            key={t.id}
            style={{
              display: "flex",
              flexDirection: "column",
              alignItems: "center",
              justifyContent: "center",
              position: "absolute",
              left: t.x * K,
              top: t.y * K,
              width: TILE.width * K,
              height: TILE.height * K,
              borderRadius: 4,
              border: `1px solid ${lightHex("muted")}`,
              background: lightHex(t.fill),
              color: lightHex(t.ink),
            }}
          >
            <div style={{ display: "flex", fontSize: 12 }}>{t.short}</div>
            <div style={{ display: "flex", fontSize: 17, fontWeight: 700 }}>
              {t.value === null ? "–" : t.label}
            </div>
          </div>
        ))}
      </div>
      <div style={{ display: "flex", flexDirection: "column", gap: 8, fontSize: 20 }}>
        {scaleLegend().map((s) => (
          <div key={s.color} style={{ display: "flex", alignItems: "center", gap: 10 }}>
            <div
              style={{
                display: "flex",
                width: 32,
                height: 18,
                background: lightHex(s.color),
                border: `1px solid ${lightHex("muted")}`,
              }}
            />
            {s.label}
          </div>
        ))}
      </div>
    </div>
  );
}
