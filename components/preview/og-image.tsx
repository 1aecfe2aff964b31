import { translator } from "@/lib/i18n/translate";
import { clipLabel } from "@/lib/format";

/** The card's width inside its padding: 1200 − 2 × 56. */
const TITLE_WIDTH = 1088;
import { lightHex } from "@/lib/ui/colors";
import { toHeadline } from "@/lib/charts/model/headline";
import type { ChartModel } from "@/lib/charts/model/model";
import type { Source } from "@/lib/data/schemas";

import { OgChart } from "./og-chart";

/** The whole preview card: title, status, headline value, chart and source. */
export function OgImage({ model, sources }: { model: ChartModel; sources: Source[] }) {
  const t = translator(model.locale);
  const titleSize = model.title.length > 42 ? 36 : 44;
  const headline = toHeadline(model);
  const publishers = [...new Set(sources.map((s) => s.publisher))];
  const sourceLine =
    publishers.length > 3
      ? t("preview.andMore", {
          first: publishers.slice(0, 3).join(", "),
          count: publishers.length - 3,
        })
      : publishers.join(", ");
  return (
    <div
      style={{
        display: "flex",
        flexDirection: "column",
        width: "100%",
        height: "100%",
        background: lightHex("card"),
        padding: "44px 56px",
        color: lightHex("foreground"),
        fontFamily: "sans-serif",
      }}
    >
      <div style={{ display: "flex", fontSize: 22, color: lightHex("accent") }}>
        {t("site.name")}
      </div>
      {/* One line whatever the language: Russian and Kazakh titles run a third longer than English. */}
      <div
        style={{
          display: "flex",
          fontSize: titleSize,
          fontWeight: 700,
          marginTop: 8,
          lineHeight: 1.15,
          whiteSpace: "nowrap",
        }}
      >
        {clipLabel(model.title, Math.floor(TITLE_WIDTH / (titleSize * 0.55)))}
      </div>
      <div
        style={{ display: "flex", gap: 16, marginTop: 12, fontSize: 22, color: lightHex("muted") }}
      >
        <div style={{ display: "flex" }}>{model.subtitle}</div>
      </div>
      <div style={{ display: "flex", alignItems: "center", gap: 24, marginTop: 18 }}>
        {headline && (
          <div style={{ display: "flex", alignItems: "baseline", gap: 14 }}>
            <div style={{ display: "flex", fontSize: 56, fontWeight: 700 }}>{headline.value}</div>
            <div style={{ display: "flex", fontSize: 24, color: lightHex("muted") }}>
              {headline.label}
            </div>
          </div>
        )}
        {model.status && (
          <div
            style={{
              display: "flex",
              fontSize: 20,
              padding: "4px 12px",
              borderLeft: `6px solid ${lightHex("chart-4")}`,
              background: lightHex("background"),
            }}
          >
            {model.status.label}
          </div>
        )}
      </div>
      <div style={{ display: "flex", flexGrow: 1, alignItems: "center", marginTop: 16 }}>
        <OgChart model={model} />
      </div>
      <div style={{ display: "flex", fontSize: 20, color: lightHex("muted") }}>
        {t("sourceLine.label", { count: publishers.length })} {sourceLine}
      </div>
    </div>
  );
}
