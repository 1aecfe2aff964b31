import { z } from "zod";

import { IdSchema, IsoDateSchema } from "./schemas";

/** data/observers.json: what observation missions said about each vote, in our own words. */
export const OBSERVERS_FILE = "observers.json";

/** The missions, in the order a page lists them; each is named from the catalogue (observers.missions). */
export const MISSIONS = ["odihr", "cis", "sco", "ots", "turkpa"] as const;
export type Mission = (typeof MISSIONS)[number];

export const OBSERVER_DOCUMENTS = [
  "preliminary_statement",
  "final_report",
  "briefing",
  "statement",
] as const;
export type ObserverDocument = (typeof OBSERVER_DOCUMENTS)[number];

/** The stage of the vote a finding is about; "overall" is a verdict on the whole election. */
export const OBSERVER_STAGES = ["campaign", "voting", "counting", "tabulation", "overall"] as const;
export type ObserverStage = (typeof OBSERVER_STAGES)[number];

const Verdict = z.string().trim().min(1).max(400);

export const ObserverFindingSchema = z.strictObject({
  id: IdSchema,
  /** The election dataset the finding is about (data/datasets/<id>). */
  election: IdSchema,
  mission: z.enum(MISSIONS),
  document: z.enum(OBSERVER_DOCUMENTS),
  /** The day the mission said it; null where no stored copy dates the document. */
  date: IsoDateSchema.nullable(),
  stages: z.array(z.enum(OBSERVER_STAGES)).min(1),
  /** One sentence in our own words, in English; Russian and Kazakh in data/translations. */
  verdict: Verdict,
  sourceIds: z.array(IdSchema).min(1),
  /** Units of data/units.json the finding names; a region page shows the finding. */
  units: z.array(IdSchema).min(1).optional(),
  /** The finding is about the turnout figures themselves: shown beside them. */
  aboutTurnout: z.literal(true).optional(),
  /** The government's answer where one was published, with its own sources. */
  reply: z
    .strictObject({
      date: IsoDateSchema,
      text: Verdict,
      sourceIds: z.array(IdSchema).min(1),
    })
    .optional(),
});
export type ObserverFinding = z.infer<typeof ObserverFindingSchema>;

export const ObserversFileSchema = z.strictObject({
  findings: z.array(ObserverFindingSchema).min(1),
});
