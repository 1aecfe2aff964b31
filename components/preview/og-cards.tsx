import { lightHex } from "@/lib/ui/colors";
import type { ChartModel } from "@/lib/charts/model/model";
import { cardFacts } from "@/lib/charts/render/cards";
import { clipLabel } from "@/lib/format";

const WIDTH = 1088;
const GAP = 20;

/** Figures of different quantities in a preview: one box each, all the same size, no bars. */
export function OgCards({ model }: { model: ChartModel }) {
  const across = Math.min(3, Math.max(1, model.rows.length));
  const cardW = Math.floor((WIDTH - GAP * (across - 1)) / across);
  return (
    <div style={{ display: "flex", flexWrap: "wrap", gap: GAP, width: WIDTH }}>
      {model.rows.map((row) => {
        const card = cardFacts(model, row);
        return (
          <div
            key={card.label}
            style={{
              display: "flex",
              flexDirection: "column",
              width: cardW,
              padding: "16px 20px",
              border: `2px solid ${lightHex("border")}`,
              borderRadius: 10,
            }}
          >
            <div style={{ display: "flex", fontSize: 22, color: lightHex("muted") }}>
              {clipLabel(card.label, Math.floor((cardW - 40) / 11) * 2)}
            </div>
            <div style={{ display: "flex", fontSize: 52, fontWeight: 700, marginTop: 6 }}>
              {card.stated}
            </div>
            <div style={{ display: "flex", fontSize: 20, color: lightHex("muted"), marginTop: 4 }}>
              {card.detail}
            </div>
          </div>
        );
      })}
    </div>
  );
}
