import type { DataSet } from "../../data/dataset";
import { join, type Text } from "../../text/text";

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
