import { z } from "zod";

import { IdSchema } from "./schemas";

/**
 * Results by region for one revision of one election: data/datasets/<election>/regional/<revision>.json,
 * the revision being the national one the regional figures add up to. None is published for any vote
 * in data/ (README, "Adding a revision"); this is the place a transcription of the commission's
 * decree annex goes.
 */

/** The folder of an election dataset that holds its regional files, one per revision. */
export const REGIONAL_DIR = "regional";

const count = z.int().nonnegative();
const percent = z.number().min(0).max(100);

const OptionVotesSchema = z.strictObject({ option: IdSchema, votes: count });

export const RegionalUnitSchema = z.strictObject({
  /** An id in data/units.json that existed on election day. */
  unit: IdSchema,
  registeredVoters: count,
  /** Ballots issued or cast, whichever the national revision's turnout is based on. */
  ballots: count,
  results: z.array(OptionVotesSchema.extend({ share: percent.optional() })).min(1),
});
export type RegionalUnit = z.infer<typeof RegionalUnitSchema>;

export const RegionalResultsSchema = z.strictObject({
  sourceIds: z.array(IdSchema).min(1),
  note: z.string().optional(),
  /** Decimals the units' shares are stated to; recomputed shares must round to the stated ones. */
  sharePrecision: z.int().min(0).max(4),
  units: z.array(RegionalUnitSchema).min(1),
  /**
   * A known difference between the national figures and the sum of the units: national minus units
   * (voters abroad belong to no region). Without it the units must add up to the national figures
   * exactly; with it, to the national figures less these. An option it does not list differs by 0.
   */
  declared: z
    .strictObject({
      registeredVoters: count,
      ballots: count,
      results: z.array(OptionVotesSchema).optional(),
      /** What the difference is, e.g. "polling stations abroad, counted by no regional commission". */
      note: z.string().min(1),
    })
    .optional(),
});
export type RegionalResultsInput = z.infer<typeof RegionalResultsSchema>;
