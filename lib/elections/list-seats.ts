/**
 * Party-list seats of the Mazhilis by the quota and largest-remainder method: the parties at or over
 * the threshold share the list seats in proportion to their votes; each gets the whole part of its
 * votes over the quota, and the seats left go one each to the largest remainders.
 *
 * The wording of the law in force in 2023 was not found; the method is the one an earlier wording of
 * the constitutional law "On elections" (Article 97, 7% threshold) sets, and it reproduces the seats
 * the CEC published for 2023 (list-seats.test.ts). Arithmetic is done in integers (votes × seats
 * against the passing votes), so remainders compare exactly and a tie is a real tie.
 */

export interface PartyVotes {
  id: string;
  votes: number;
}

export interface ListSeatsInput {
  /** The parties on the ballot in ballot order ("against all" is not a party and is left out). */
  parties: readonly PartyVotes[];
  /** The threshold in percent of `base` (5 in 2023). */
  thresholdPercent: number;
  /** The total the threshold is measured against: all party-list votes, "against all" included. */
  base: number;
  /** List seats to share (69 in 2023). */
  seats: number;
}

export interface PartyStep {
  id: string;
  votes: number;
  /** Percent of the base, unrounded. */
  share: number;
  passes: boolean;
  /** Votes over the quota; null for a party that takes no part in the sharing. */
  quotient: number | null;
  whole: number | null;
  /** The quotient's fractional part. */
  remainder: number | null;
  /** One of the seats left after the whole seats went to this party's remainder. */
  remainderSeat: boolean;
  seats: number;
}

/**
 * "allocated": the seats are shared. "nonePass": no party reached the threshold. "onePasses": only one
 * did; the earlier wording then admitted the runner-up as well, with a correction this function does
 * not reproduce (the rule in force in 2023 was not found), so no seats are given out.
 */
export type ListSeatsOutcome = "allocated" | "nonePass" | "onePasses";

export interface ListSeatsResult {
  outcome: ListSeatsOutcome;
  thresholdPercent: number;
  /** Votes of the passing parties. */
  passingVotes: number;
  /** Passing votes over seats (votes per seat); null when nothing is shared. */
  quota: number | null;
  /** Seats left after the whole seats, given by largest remainder. */
  remainderSeats: number;
  /**
   * Parties whose remainder equals that of the last party to get a remainder seat but which got none:
   * the tie was broken by more votes, then ballot order (the earlier wording gave it to the list
   * registered first, which the data does not record).
   */
  tiedOut: string[];
  parties: PartyStep[];
}

/** The steps from party votes to list seats, for any threshold; never throws on odd input. */
export function allocateListSeats(input: ListSeatsInput): ListSeatsResult {
  const { parties, thresholdPercent, base, seats } = input;
  // Integer comparison (votes × 100 ≥ threshold × base) keeps a party exactly at the line in.
  const passes = (votes: number) => base > 0 && votes * 100 >= thresholdPercent * base;
  const passing = parties.filter((p) => passes(p.votes) && p.votes > 0);
  const passingVotes = passing.reduce((s, p) => s + p.votes, 0);
  const outcome: ListSeatsOutcome =
    passing.length === 0 ? "nonePass" : passing.length === 1 ? "onePasses" : "allocated";
  const shared = outcome === "allocated" && seats > 0;
  const steps = parties.map((p) => {
    const share = base > 0 ? (p.votes / base) * 100 : 0;
    const inShare = shared && passing.includes(p);
    const scaled = p.votes * seats; // quotient × passingVotes, an integer
    const whole = inShare ? Math.floor(scaled / passingVotes) : null;
    const step: PartyStep = {
      id: p.id,
      votes: p.votes,
      share,
      passes: passes(p.votes) && p.votes > 0,
      quotient: inShare ? scaled / passingVotes : null,
      whole,
      remainder: inShare ? (scaled % passingVotes) / passingVotes : null,
      remainderSeat: false,
      seats: whole ?? 0,
    };
    return {
      step,
      // The remainder in integer form, for exact comparison.
      rest: inShare ? scaled % passingVotes : -1,
      order: parties.indexOf(p),
    };
  });
  const left = shared ? seats - steps.reduce((s, x) => s + x.step.seats, 0) : 0;
  const ranked = steps
    .filter((x) => x.rest >= 0)
    .sort((a, b) => b.rest - a.rest || b.step.votes - a.step.votes || a.order - b.order);
  const winners = ranked.slice(0, left);
  for (const x of winners) {
    x.step.remainderSeat = true;
    x.step.seats += 1;
  }
  const last = winners.at(-1);
  const tiedOut = last ? ranked.slice(left).filter((x) => x.rest === last.rest) : [];
  return {
    outcome,
    thresholdPercent,
    passingVotes,
    quota: shared ? passingVotes / seats : null,
    remainderSeats: left,
    tiedOut: tiedOut.map((x) => x.step.id),
    parties: steps.map((x) => x.step),
  };
}
