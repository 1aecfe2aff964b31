import type { ElectionFindings } from "@/lib/data/observers";
import { formatDate } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locale";
import { translator } from "@/lib/i18n/translate";

/** A vote named as the region pages name it: «Президентские выборы, 20 ноября 2022». */
export function electionLabel(e: Pick<ElectionFindings, "electionType" | "date">, locale: Locale) {
  return translator(locale)(`regionVotes.vote.${e.electionType}`, {
    date: formatDate(e.date, locale),
  });
}
