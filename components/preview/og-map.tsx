import { lightHex } from "@/lib/ui/colors";
import type { ChartModel } from "@/lib/charts/model/model";
import { legendFor, MAP_SIZE, TILE, toMapTiles } from "@/lib/charts/render/tile-map";

/**
 * The preview has room for a wide, flat map (its height is the card's less the header and source
 * line), so tiles are stretched across and squeezed down, to keep names on one line.
 */
const KX = 0.9;
const KY = 0.64;

/** The tile map for a link preview: positioned boxes, which the image renderer draws reliably. */
export function OgMap({ model }: { model: ChartModel }) {
  return (
    <div style={{ display: "flex", alignItems: "center", gap: 40, width: "100%" }}>
      <div
        style={{
          display: "flex",
          position: "relative",
          width: MAP_SIZE.width * KX,
          height: MAP_SIZE.height * KY,
        }}
      >
        {toMapTiles(model, model.locale).map((t) => (
          <div
            key={t.id}
            style={{
              display: "flex",
              flexDirection: "column",
              alignItems: "center",
              justifyContent: "center",
              position: "absolute",
              left: t.x * KX,
              top: t.y * KY,
              width: TILE.width * KX,
              height: TILE.height * KY,
              borderRadius: 4,
              border: t.marked
                ? `2px dashed ${lightHex("muted")}`
                : `1px solid ${lightHex("muted")}`,
              background: lightHex(t.fill),
              color: lightHex(t.ink),
            }}
          >
            <div style={{ display: "flex", fontSize: 13, whiteSpace: "nowrap" }}>
              {t.wide.lines[0]}
            </div>
            <div style={{ display: "flex", fontSize: 18, fontWeight: 700 }}>{t.wide.lines[1]}</div>
          </div>
        ))}
      </div>
      <div style={{ display: "flex", flexDirection: "column", gap: 8, fontSize: 20 }}>
        {legendFor(model, model.locale).map((s) => (
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
