import type { DataSet } from "../../data/dataset";
import { parsePeriod } from "../../data/period";

/**
 * The span of several ISO 8601 periods (dates, months, years, intervals): the one period when they
 * are all the same, otherwise an interval from the first day to the last; undefined for none.
 */
export function spanOf(periods: readonly string[]): string | undefined {
  const distinct = [...new Set(periods)];
  if (distinct.length <= 1) return distinct[0];
  const ranges = distinct.flatMap((p) => parsePeriod(p) ?? []);
  if (ranges.length === 0) return undefined;
  const start = ranges.map((r) => r.start).sort()[0]!;
  const end = ranges
    .map((r) => r.end)
    .sort()
    .at(-1)!;
  return start === end ? start : `${start}/${end}`;
}

/**
 * The vote a chart's dataset belongs to: the dataset's own election, or the election a turnout
 * dataset reports on; undefined for charts of several votes or of article figures.
 */
export function chartElection(
  chart: { datasetId?: string },
  data: Pick<DataSet, "elections" | "turnouts">,
): DataSet["elections"][number] | undefined {
  const turnout = data.turnouts.find((t) => t.meta.id === chart.datasetId);
  const electionId = turnout?.meta.electionId ?? chart.datasetId;
  return data.elections.find((e) => e.meta.id === electionId);
}

/**
 * The period a chart's figures describe (schema.org's temporalCoverage): the draft's own coverage,
 * or, for a chart of one vote's dataset, the day of that vote as data/ records it.
 */
export function chartCoverage(
  chart: { coverage?: string; datasetId?: string },
  data: Pick<DataSet, "elections" | "turnouts">,
): string | undefined {
  return chart.coverage ?? chartElection(chart, data)?.meta.electionDate;
}
