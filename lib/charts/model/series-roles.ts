import type { ChartColor } from "./model";

/**
 * What a series' colour means, written once: every chart takes its series' colours from here, so a
 * reader who has learnt that orange is turnout finds turnout orange on every chart. The highlight
 * (a lit bar or line) is none of these: it has a token of its own (lib/ui/colors.ts "highlight").
 */
export const SERIES_ROLE_COLORS = {
  /** Shares of the vote (of valid votes, of votes cast), and the later election beside an earlier one. */
  share: "chart-1",
  /** Turnout, in percent or its change in points, the country's line and the regions' bars alike. */
  turnout: "chart-2",
  /** The earlier election in a comparison of two. */
  earlier: "chart-3",
  /** Seats won or allocated. */
  seats: "chart-4",
  /** Counts: votes, ballots, people. */
  count: "chart-5",
  /** Context behind the lead series (the twenty regional lines behind the country's). */
  context: "chart-muted",
} as const satisfies Record<string, ChartColor>;

export type SeriesRole = keyof typeof SERIES_ROLE_COLORS;
