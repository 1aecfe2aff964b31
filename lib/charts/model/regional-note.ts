import type { ElectionDataset } from "../../data/dataset";
import { formatDate } from "../../format";
import type { Locale } from "../../i18n/locale";
import { translator } from "../../i18n/translate";

/**
 * An election chart's line saying that results by region are not published in any source found, and
 * naming the document that holds them. Ids and dates only: the words are the catalogue's, in the
 * reader's language, when the figure is drawn.
 */
export interface RegionalNotPublished {
  /** Whose decree: the Central Election Commission's, or for a referendum the Central Referendum Commission's. */
  commission: "election" | "referendum";
  /** The final revision's date as its commission stated it (asOf in its own offset). */
  decreeDate: string;
  /** The final revision the date is taken from. */
  revisionId: string;
}

/**
 * Set on every chart of an election's results while data/ holds no regional file for it. Without a
 * final revision there is no decree on the final results yet to name, so nothing is said.
 */
export function regionalNotPublished(e: ElectionDataset): RegionalNotPublished | undefined {
  if (e.regional?.length) return undefined;
  const final = e.revisions.findLast((r) => r.status === "final");
  if (!final) return undefined;
  return {
    commission: e.meta.electionType === "referendum" ? "referendum" : "election",
    decreeDate: final.asOf.slice(0, 10),
    revisionId: final.id,
  };
}

/** The line in the reader's language. */
export function regionalNotPublishedLine(n: RegionalNotPublished, locale: Locale): string {
  return translator(locale)(`regionalResults.notPublished.${n.commission}`, {
    date: formatDate(n.decreeDate, locale),
  });
}
