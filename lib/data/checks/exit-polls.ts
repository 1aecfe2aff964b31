import type { DataSet } from "../dataset";
import { EXIT_POLLS_FILE, type ExitPoll } from "../exit-polls-schema";
import { issue, type ValidationIssue } from "../validation-issue";
import { halfUnit } from "./tolerance";

/** The source lists of one poll, with their JSON paths. */
function sourceLists(p: ExitPoll): [string[], string[]][] {
  return [
    [["sourceIds"], p.sourceIds],
    [["commissionedBy", "sourceIds"], p.commissionedBy?.sourceIds ?? []],
    [["turnout", "sourceIds"], p.turnout?.sourceIds ?? []],
    [["marginOfError", "sourceIds"], p.marginOfError?.sourceIds ?? []],
    [["respondents", "sourceIds"], p.respondents?.sourceIds ?? []],
    [["pollingStations", "sourceIds"], p.pollingStations?.sourceIds ?? []],
  ];
}

/** Every source id an exit poll cites, for the check that no source goes uncited. */
export function exitPollSourceIds(data: Pick<DataSet, "exitPolls">): string[] {
  return data.exitPolls.polls.flatMap((p) => sourceLists(p).flatMap(([, ids]) => ids));
}

/**
 * Each poll names an election, its pollster and that election's options once each, cites sources
 * that exist, is dated no earlier than the vote, and its shares add up to no more than 100 (to
 * 100 when every option was announced): a misprinted share (82.2 for 82.02) is caught here.
 */
export function checkExitPolls(data: DataSet): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  const known = new Set(data.sources.map((s) => s.id));
  const pollsterIds = data.exitPolls.pollsters.map((p) => p.id);
  const seenPolls = new Set<string>();
  data.exitPolls.pollsters.forEach((p, i) => {
    if (pollsterIds.indexOf(p.id) !== i)
      out.push(issue(EXIT_POLLS_FILE, ["pollsters", i, "id"], `duplicate id "${p.id}"`));
  });
  data.exitPolls.polls.forEach((p, i) => {
    const at = (...rest: PropertyKey[]) => ["polls", i, ...rest];
    if (seenPolls.has(p.id)) out.push(issue(EXIT_POLLS_FILE, at("id"), `duplicate id "${p.id}"`));
    seenPolls.add(p.id);
    if (!pollsterIds.includes(p.pollster))
      out.push(issue(EXIT_POLLS_FILE, at("pollster"), `unknown pollster "${p.pollster}"`));
    for (const [path, ids] of sourceLists(p))
      ids.forEach((id, j) => {
        if (!known.has(id))
          out.push(
            issue(
              EXIT_POLLS_FILE,
              at(...path, j),
              `unknown source "${id}"; add it to sources.json`,
            ),
          );
      });
    const e = data.elections.find((x) => x.meta.id === p.election);
    if (!e) {
      out.push(issue(EXIT_POLLS_FILE, at("election"), `unknown election dataset "${p.election}"`));
      return;
    }
    if (p.published < e.meta.electionDate)
      out.push(
        issue(
          EXIT_POLLS_FILE,
          at("published"),
          `${p.published} is before the vote of ${e.meta.electionDate}`,
        ),
      );
    const options = e.meta.options.map((o) => o.id);
    const seen = new Set<string>();
    p.results.forEach((r, j) => {
      if (!options.includes(r.option))
        out.push(
          issue(
            EXIT_POLLS_FILE,
            at("results", j, "option"),
            `"${r.option}" is not an option of ${p.election} (${options.join(", ")})`,
          ),
        );
      else if (seen.has(r.option))
        out.push(issue(EXIT_POLLS_FILE, at("results", j, "option"), `"${r.option}" appears twice`));
      seen.add(r.option);
    });
    const sum = p.results.reduce((s, r) => s + r.share, 0);
    // Each share is rounded, so the sum may miss 100 by half a unit per row.
    const slack = halfUnit(p.sharePrecision) * p.results.length;
    const complete = options.every((o) => seen.has(o));
    const total = Math.round(sum * 100) / 100;
    if (sum > 100 + slack || (complete && sum < 100 - slack))
      out.push(
        issue(
          EXIT_POLLS_FILE,
          at("results"),
          `the shares add up to ${total}%; ${complete ? "every option's" : "the announced"} shares must add up to ${complete ? "100%" : "no more than 100%"}`,
        ),
      );
  });
  return out;
}
