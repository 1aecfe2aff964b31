import { z } from "zod";

import { DateTimeSchema } from "../data/schemas";

/**
 * The body of GET /api/revision. Kept apart from ./current, which the browser's revision watcher
 * imports: only the type crosses over, so zod stays out of the page's JavaScript.
 */
export const RevisionStateSchema = z
  .strictObject({
    /** Dataset id → id of its newest revision; a change in any of them means new figures. */
    datasets: z.record(z.string(), z.string()),
    /** asOf of the newest revision anywhere. */
    updatedAt: DateTimeSchema.nullable(),
  })
  .meta({
    description:
      "The newest revision of every dataset. A change in any value means there are new figures.",
  });
export type RevisionState = z.infer<typeof RevisionStateSchema>;
