import type { Vote } from "../../data/votes";
import { date, lit, msg, type Text } from "../../text/text";

/**
 * A vote's name, from its type and date: "short" for a selector ("Referendum 2022"), "long" for a
 * title ("constitutional referendum of 5 June 2022").
 */
export function voteLabel(vote: Pick<Vote, "election" | "date">, form: "short" | "long"): Text {
  const type = vote.election.meta.electionType;
  return msg(`votes.${form}.${type}`, { year: lit(vote.date.slice(0, 4)), date: date(vote.date) });
}
