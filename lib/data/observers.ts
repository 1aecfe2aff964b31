import { latestRevision, type DataSet, type ElectionRevision } from "./dataset";
import { MISSIONS, type Mission, type ObserverFinding } from "./observers-schema";

/** One mission's findings on one vote, the one to show first leading. */
export interface MissionFindings {
  mission: Mission;
  findings: ObserverFinding[];
}

/** One vote with what the missions said about it. */
export interface ElectionFindings {
  election: string;
  date: string;
  electionType: DataSet["elections"][number]["meta"]["electionType"];
  missions: MissionFindings[];
}

// Undated documents (the final reports whose copies show no date) come after the dated ones.
const byDate = (a: ObserverFinding, b: ObserverFinding) =>
  (a.date ?? "9999").localeCompare(b.date ?? "9999");

/**
 * The votes that have findings, newest first; within a vote the missions in MISSIONS order, and
 * within a mission a finding about the turnout figures first (it is what this site's numbers meet),
 * then by date.
 */
export function toElectionFindings(
  data: Pick<DataSet, "observers" | "elections">,
): ElectionFindings[] {
  return data.elections
    .map((e) => {
      const own = data.observers.filter((f) => f.election === e.meta.id);
      const missions = MISSIONS.flatMap((mission) => {
        const findings = own
          .filter((f) => f.mission === mission)
          .sort((a, b) => Number(!!b.aboutTurnout) - Number(!!a.aboutTurnout) || byDate(a, b));
        return findings.length ? [{ mission, findings }] : [];
      });
      return {
        election: e.meta.id,
        date: e.meta.electionDate,
        electionType: e.meta.electionType,
        missions,
      };
    })
    .filter((e) => e.missions.length > 0)
    .sort((a, b) => b.date.localeCompare(a.date));
}

/** The observers accredited for each vote whose newest revision states them, by election id. */
export function observerCounts(
  data: Pick<DataSet, "elections">,
): Record<string, NonNullable<ElectionRevision["observers"]>> {
  return Object.fromEntries(
    data.elections.flatMap((e) => {
      const observers = latestRevision(e.revisions).observers;
      return observers ? [[e.meta.id, observers]] : [];
    }),
  );
}

/** Findings that name a unit (a region or city), oldest vote first. */
export function findingsNaming(
  observers: readonly ObserverFinding[],
  unitId: string,
): ObserverFinding[] {
  return observers.filter((f) => f.units?.includes(unitId)).sort(byDate);
}

/** Findings about the turnout figures of the given votes, oldest first. */
export function turnoutFindings(
  observers: readonly ObserverFinding[],
  electionIds: readonly string[],
): ObserverFinding[] {
  return observers.filter((f) => f.aboutTurnout && electionIds.includes(f.election)).sort(byDate);
}
