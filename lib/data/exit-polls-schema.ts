import { z } from "zod";

import { IdSchema, IsoDateSchema } from "./schemas";
import { QUALIFIERS } from "../units";

/**
 * Exit polls announced after a vote (data/exit-polls.json): surveys of voters leaving polling
 * stations, kept beside the commission's result and never mistaken for it. Each value carries the
 * pages that print it, since the pollsters' own releases were not found.
 */
export const EXIT_POLLS_FILE = "exit-polls.json";

const Written = z.string().trim().min(1, { error: "is empty; write it in this language" });
/** A name in the three languages; the Kazakh and Russian forms as the press of each writes it. */
const Named = z.strictObject({ en: Written, ru: Written, kk: Written });
const SourceIds = z.array(IdSchema).min(1, { error: "needs at least one source id" });
const percent = z.number().min(0).max(100);

export const PollsterSchema = z.strictObject({
  id: IdSchema,
  name: Named,
  /** The name a table row or a chart's bar carries. */
  shortName: Named,
  /** Forms composed here rather than found in a page of that language, to be checked. */
  review: z.array(z.enum(["ru", "kk"])).optional(),
});

export const ExitPollSchema = z.strictObject({
  id: IdSchema,
  /** The election dataset the poll is of; its options name the candidates. */
  election: IdSchema,
  pollster: IdSchema,
  /** Who ordered it, where a page says so. */
  commissionedBy: z.strictObject({ name: Named, sourceIds: SourceIds }).optional(),
  /** The day the earliest cited page carried it (Astana time). */
  published: IsoDateSchema,
  sharePrecision: z.int().min(0).max(3),
  /** Shares as announced, of those who answered; an option not announced has no row. */
  results: z.array(z.strictObject({ option: IdSchema, share: percent })).min(1),
  /** Pages that print every share in results. */
  sourceIds: SourceIds,
  turnout: z.strictObject({ percent, sourceIds: SourceIds }).optional(),
  /** ± percentage points, as stated. */
  marginOfError: z.strictObject({ points: z.number().positive(), sourceIds: SourceIds }).optional(),
  respondents: z
    .strictObject({
      count: z.int().positive(),
      qualifier: z.enum(QUALIFIERS),
      sourceIds: SourceIds,
    })
    .optional(),
  pollingStations: z.strictObject({ count: z.int().positive(), sourceIds: SourceIds }).optional(),
});
export type ExitPoll = z.infer<typeof ExitPollSchema>;

export const ExitPollsFileSchema = z.strictObject({
  $comment: z.string().optional(),
  pollsters: z.array(PollsterSchema),
  polls: z.array(ExitPollSchema),
});
export type ExitPolls = z.infer<typeof ExitPollsFileSchema>;
