import type { NextRequest } from "next/server";

import { serveSqlite } from "@/lib/http/serve-export";

export const dynamic = "force-dynamic";

/** Every table of the CSV routes in one SQLite file, with its sources and a catalogue of tables. */
export function GET(request: NextRequest) {
  return serveSqlite(request);
}
