import type { DataSet } from "../../data/dataset";
import { isSingleSourceCount } from "../../data/single-source";
import { join, msg, type Text } from "../../text/text";

/** Each publisher once, in the order first cited: two pages of one paper are one name on a card. */
export function publishers(ids: readonly string[], sources: DataSet["sources"]): Text {
  const seen = new Set<string>();
  const named = ids.filter((id) => {
    const publisher = sources.find((s) => s.id === id)?.publisher ?? id;
    if (seen.has(publisher)) return false;
    seen.add(publisher);
    return true;
  });
  return join(
    named.map((id) => ({ publisher: id })),
    ", ",
  );
}

/** A count's publishers, marked "one source" when a single page gives it (lib/data/single-source.ts). */
export function citedBy(ids: readonly string[], sources: DataSet["sources"]): Text {
  const named = publishers(ids, sources);
  return isSingleSourceCount(ids) ? join([named, msg("figures.oneSource")], " · ") : named;
}
