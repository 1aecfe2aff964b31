import type { DataSet } from "../dataset";
import { OBSERVERS_FILE } from "../observers-schema";
import { issue, type ValidationIssue } from "../validation-issue";
import { existedOn } from "../units";
import { FILES } from "./references";

/**
 * Each finding names an election that data/ holds, sources that sources.json lists, units that
 * existed on the vote's day, and is dated no earlier than the vote; ids are unique.
 */
export function checkObservers(
  data: Pick<DataSet, "observers" | "elections" | "sources" | "units">,
): ValidationIssue[] {
  const sources = new Set(data.sources.map((s) => s.id));
  const seen = new Set<string>();
  return data.observers.flatMap((f, i) => {
    const at = (...path: PropertyKey[]) => ["findings", i, ...path];
    const found: ValidationIssue[] = [];
    if (seen.has(f.id)) found.push(issue(OBSERVERS_FILE, at("id"), `duplicate id "${f.id}"`));
    seen.add(f.id);
    const election = data.elections.find((e) => e.meta.id === f.election);
    if (!election)
      found.push(issue(OBSERVERS_FILE, at("election"), `unknown election dataset "${f.election}"`));
    const day = election?.meta.electionDate;
    if (day && f.date && f.date < day)
      found.push(issue(OBSERVERS_FILE, at("date"), `${f.date} is before the vote (${day})`));
    if (day && f.reply && f.reply.date < day)
      found.push(issue(OBSERVERS_FILE, at("reply", "date"), `${f.reply.date} is before the vote`));
    const unknownSources = (ids: string[], path: PropertyKey[]) =>
      ids.flatMap((id, j) =>
        sources.has(id)
          ? []
          : [
              issue(
                OBSERVERS_FILE,
                [...path, j],
                `unknown source "${id}"; add it to ${FILES.sources}`,
              ),
            ],
      );
    found.push(...unknownSources(f.sourceIds, at("sourceIds")));
    if (f.reply) found.push(...unknownSources(f.reply.sourceIds, at("reply", "sourceIds")));
    (f.units ?? []).forEach((u, j) => {
      if (!data.units.some((p) => p.id === u && (!day || existedOn(p, day))))
        found.push(
          issue(
            OBSERVERS_FILE,
            at("units", j),
            `"${u}" is not a unit of units.json on the vote's day`,
          ),
        );
    });
    return found;
  });
}
