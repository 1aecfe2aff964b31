import { NextResponse } from "next/server";
import { z } from "zod";

/** The one error shape every API route answers with: no stack traces, no file paths. */
export const ApiErrorSchema = z
  .strictObject({
    error: z.strictObject({
      /** The HTTP status again, so a saved body still says what happened. */
      status: z.int().min(400).max(599),
      message: z.string().min(1),
    }),
  })
  .meta({ description: "What went wrong, in a sentence meant for the person calling the API." });
export type ApiError = z.infer<typeof ApiErrorSchema>;

export function apiError(status: number, message: string): NextResponse<ApiError> {
  return NextResponse.json(
    { error: { status, message } },
    { status, headers: { "Cache-Control": "no-store" } },
  );
}
