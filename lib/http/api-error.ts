import { NextResponse } from "next/server";

/** The one error shape every API route answers with: no stack traces, no file paths. */
export interface ApiError {
  error: { status: number; message: string };
}

export function apiError(status: number, message: string): NextResponse<ApiError> {
  return NextResponse.json(
    { error: { status, message } },
    { status, headers: { "Cache-Control": "no-store" } },
  );
}
