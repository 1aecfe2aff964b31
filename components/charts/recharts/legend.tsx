import type { LegendPayload } from "recharts";

/**
 * The series key under a chart: a swatch and the series' name. Instead of recharts' own, which names
 * each swatch "<series> legend icon" for screen readers, in English whatever the page's language; the
 * swatch repeats the colour of a name that is written out, so it is hidden from them.
 */
export function renderLegend({ payload }: { payload?: readonly LegendPayload[] }) {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 pb-2 text-xs">
      {payload
        ?.filter((entry) => entry.type !== "none")
        .map((entry) => (
          <li key={String(entry.value)} className="flex items-center gap-1.5">
            <span
              aria-hidden
              className="inline-block h-2.5 w-3.5 rounded-sm"
              style={{ background: entry.color }}
            />
            {String(entry.value)}
          </li>
        ))}
    </ul>
  );
}
