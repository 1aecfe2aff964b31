import type { DashboardData } from "@/lib/data/loader";
import { toElectionFindings } from "@/lib/data/observers";
import { translator } from "@/lib/i18n/translate";
import { observersPath } from "@/lib/site";

import { electionLabel } from "./election-heading";

/**
 * The dashboard's line for a vote's observers: what the findings are about and how many missions
 * spoke, linking to them on their own page. The findings themselves are said once, there.
 */
export function ObserverDigest({ data, election: id }: { data: DashboardData; election: string }) {
  const election = toElectionFindings(data).find((e) => e.election === id);
  if (!election) return null;
  const t = translator(data.locale);
  return (
    <li data-observers={election.election}>
      <a href={observersPath(data.locale, election.election)}>
        {t("observers.digestTitle")}: {electionLabel(election, data.locale)}
      </a>
      <span className="text-muted">
        {" · "}
        {t("home.missions", { count: election.missions.length })}
      </span>
    </li>
  );
}
