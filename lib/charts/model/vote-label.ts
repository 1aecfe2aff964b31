import type { Vote } from "../../data/votes";
import type { Locale } from "../../i18n/locale";
import { wordsFor } from "./words";

/**
 * A vote's name in the reader's language, from its type and date: "short" for a selector
 * ("Referendum 2022"), "long" for a title ("constitutional referendum of 5 June 2022").
 */
export function voteLabel(vote: Vote, locale: Locale, form: "short" | "long"): string {
  const { t, date } = wordsFor(locale);
  const type = vote.election.meta.electionType;
  return t(`votes.${form}.${type}`, { year: vote.date.slice(0, 4), date: date(vote.date) });
}
