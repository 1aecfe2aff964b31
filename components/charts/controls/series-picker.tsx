import type { ControlWords } from "../control-words";
import type { Choice } from "@/lib/charts/model/view-types";

/**
 * Which muted series (regions) to draw. Reports null for "all", so the URL stays short for the
 * default, and otherwise the picked ids in the chart's own order.
 */
export function SeriesPicker({
  choices,
  shown,
  onChange,
  words,
}: {
  choices: Choice[];
  shown: string[];
  onChange: (show: string[] | null) => void;
  words: Pick<ControlWords, "seriesShown" | "seriesCount" | "all" | "none">;
}) {
  const toggle = (id: string, on: boolean) => {
    const next = on ? [...shown, id] : shown.filter((x) => x !== id);
    onChange(
      next.length === choices.length
        ? null
        : choices.map((c) => c.id).filter((c) => next.includes(c)),
    );
  };
  return (
    <details className="text-sm">
      <summary className="text-accent cursor-pointer">
        {words.seriesShown} (
        {words.seriesCount
          .replace("{shown}", String(shown.length))
          .replace("{of}", String(choices.length))}
        )
      </summary>
      <div className="mt-2 flex gap-2">
        <button
          type="button"
          className="border-border rounded border px-2 py-0.5 text-xs"
          onClick={() => onChange(null)}
        >
          {words.all}
        </button>
        <button
          type="button"
          className="border-border rounded border px-2 py-0.5 text-xs"
          onClick={() => onChange([])}
        >
          {words.none}
        </button>
      </div>
      <fieldset className="mt-2 grid grid-cols-1 gap-1 sm:grid-cols-2">
        <legend className="sr-only">{words.seriesShown}</legend>
        {/* 24-pixel rows keep the checkboxes a target's width apart (WCAG 2.5.8). */}
        {choices.map((c) => (
          <label key={c.id} className="flex min-h-6 items-center gap-2 text-xs">
            <input
              type="checkbox"
              checked={shown.includes(c.id)}
              onChange={(e) => toggle(c.id, e.target.checked)}
            />
            {c.label}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
