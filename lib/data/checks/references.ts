import { latestRevision, type DataSet } from "../dataset";
import { fieldSources } from "../field-sources";
import type { Locator } from "../schemas";
import { issue, type ValidationIssue } from "../validation-issue";
import { roundsTo } from "./tolerance";

export const FILES = {
  sources: "sources.json",
  figures: "figures.json",
  events: "events.json",
  twinCities: "twin-cities.json",
  limits: "limits.json",
} as const;

function checkUnique(file: string, list: string, ids: readonly string[]): ValidationIssue[] {
  const seen = new Set<string>();
  return ids.flatMap((id, i) => {
    if (seen.has(id)) return [issue(file, [list, i, "id"], `duplicate id "${id}"`)];
    seen.add(id);
    return [];
  });
}

function checkLocator(
  data: DataSet,
  sourceId: string,
  file: string,
  path: PropertyKey[],
  loc: Locator,
): ValidationIssue[] {
  const source = data.sources.find((s) => s.id === sourceId);
  if (!source) return [];
  const section = source.sections?.find((s) => s.heading === loc.section);
  if (!section) {
    const known = source.sections?.map((s) => `"${s.heading}"`).join(", ") ?? "none";
    return [
      issue(
        file,
        [...path, "section"],
        `"${loc.section}" is not a section of ${sourceId} (sections: ${known})`,
      ),
    ];
  }
  if (loc.paragraph > section.paragraphs) {
    return [
      issue(
        file,
        [...path, "paragraph"],
        `paragraph ${loc.paragraph} does not exist; "${loc.section}" has ${section.paragraphs}`,
      ),
    ];
  }
  return [];
}

function checkSourceIds(
  known: Set<string>,
  file: string,
  path: PropertyKey[],
  ids: readonly string[],
): ValidationIssue[] {
  return ids.flatMap((id, i) =>
    known.has(id)
      ? []
      : [issue(file, [...path, i], `unknown source "${id}"; add it to ${FILES.sources}`)],
  );
}

function checkFigureAgainstDatasets(data: DataSet): ValidationIssue[] {
  return data.figures.flatMap((f, i) => {
    const ref = f.checkAgainst;
    if (!ref) return [];
    const path = ["figures", i, "checkAgainst"];
    const election = data.elections.find((e) => e.meta.id === ref.dataset);
    if (!election)
      return [
        issue(FILES.figures, [...path, "dataset"], `unknown election dataset "${ref.dataset}"`),
      ];
    const rev = latestRevision(election.revisions);
    let official: number | undefined;
    if (ref.measure === "turnout") official = rev.turnout.percent;
    else official = rev.results.find((r) => r.option === ref.option)?.share;
    if (official === undefined)
      return [
        issue(
          FILES.figures,
          [...path, "option"],
          `"${ref.option ?? ""}" has no stated share in ${ref.dataset}`,
        ),
      ];
    if (!roundsTo(f.value, official, 2)) {
      return [
        issue(
          FILES.figures,
          ["figures", i, "value"],
          `${f.value} disagrees with the ${rev.status} ${ref.measure} in ${ref.dataset} (${official})`,
        ),
      ];
    }
    return [];
  });
}

function checkElectionOptions(data: DataSet): ValidationIssue[] {
  return data.elections.flatMap((e) => {
    const out = checkUnique(
      e.metaFile,
      "options",
      e.meta.options.map((o) => o.id),
    );
    const optionIds = new Set(e.meta.options.map((o) => o.id));
    for (const r of e.revisions) {
      const seen = new Set<string>();
      r.results.forEach((row, i) => {
        if (!optionIds.has(row.option))
          out.push(
            issue(
              r.file,
              ["results", i, "option"],
              `unknown option "${row.option}"; meta.json lists ${[...optionIds].join(", ")}`,
            ),
          );
        else if (seen.has(row.option))
          out.push(issue(r.file, ["results", i, "option"], `"${row.option}" appears twice`));
        seen.add(row.option);
      });
      // Of ballots cast, a release may leave spoilt ballots uncounted (the referendum's preliminary
      // result gave their share only); every other option must have its row.
      const mayLack = new Set(
        e.meta.shareOf === "ballots_cast"
          ? e.meta.options.filter((o) => o.kind === "invalid").map((o) => o.id)
          : [],
      );
      const missing = [...optionIds].filter((id) => !seen.has(id) && !mayLack.has(id));
      if (missing.length > 0)
        out.push(issue(r.file, "results", `no result for ${missing.join(", ")}`));
    }
    return out;
  });
}

/** Ids are unique, every reference resolves, locators exist in the article, article figures agree with official data. */
export function checkReferences(data: DataSet): ValidationIssue[] {
  const sourceIds = new Set(data.sources.map((s) => s.id));
  const out: ValidationIssue[] = [
    ...checkUnique(
      FILES.sources,
      "sources",
      data.sources.map((s) => s.id),
    ),
    ...checkUnique(
      FILES.figures,
      "figures",
      data.figures.map((f) => f.id),
    ),
    ...checkUnique(
      FILES.events,
      "events",
      data.events.map((e) => e.id),
    ),
  ];
  const article = data.sources.find((s) => s.id === data.figuresSourceId);
  if (!article)
    out.push(issue(FILES.figures, "sourceId", `unknown source "${data.figuresSourceId}"`));
  else if (!article.sections)
    out.push(
      issue(
        FILES.figures,
        "sourceId",
        `"${article.id}" lists no sections, so locators cannot be checked`,
      ),
    );
  data.figures.forEach((f, i) =>
    out.push(
      ...checkLocator(
        data,
        data.figuresSourceId,
        FILES.figures,
        ["figures", i, "locator"],
        f.locator,
      ),
    ),
  );
  data.elections.forEach((e) =>
    out.push(
      ...checkSourceIds(
        sourceIds,
        e.metaFile,
        ["seats", "methodSourceIds"],
        e.meta.seats?.methodSourceIds ?? [],
      ),
    ),
  );
  data.events.forEach((e, i) => {
    out.push(...checkSourceIds(sourceIds, FILES.events, ["events", i, "sourceIds"], e.sourceIds));
    if (e.end !== undefined && e.end < e.start)
      out.push(
        issue(FILES.events, ["events", i, "end"], `${e.end} is before the start ${e.start}`),
      );
    if (e.locator)
      out.push(
        ...checkLocator(
          data,
          data.figuresSourceId,
          FILES.events,
          ["events", i, "locator"],
          e.locator,
        ),
      );
  });
  if (!sourceIds.has(data.twinCities.sourceId))
    out.push(issue(FILES.twinCities, "sourceId", `unknown source "${data.twinCities.sourceId}"`));
  out.push(
    ...checkLocator(
      data,
      data.twinCities.sourceId,
      FILES.twinCities,
      ["locator"],
      data.twinCities.locator,
    ),
  );

  const datasetIds = [
    ...data.elections.map((d) => d.meta.id),
    ...data.turnouts.map((d) => d.meta.id),
  ];
  const dupDataset = datasetIds.find((id, i) => datasetIds.indexOf(id) !== i);
  if (dupDataset) out.push(issue("datasets", "", `two datasets have the id "${dupDataset}"`));
  for (const d of [...data.elections, ...data.turnouts]) {
    for (const r of d.revisions) {
      out.push(...checkSourceIds(sourceIds, r.file, ["sourceIds"], r.sourceIds));
      if (r.confirmingSourceIds)
        out.push(
          ...checkSourceIds(sourceIds, r.file, ["confirmingSourceIds"], r.confirmingSourceIds),
        );
    }
  }
  for (const e of data.elections) {
    for (const r of e.revisions)
      r.chamber?.readings.forEach((reading, i) =>
        out.push(
          ...checkSourceIds(
            sourceIds,
            r.file,
            ["chamber", "readings", i, "sourceIds"],
            reading.sourceIds,
          ),
        ),
      );
    for (const r of e.revisions)
      for (const [part, byField] of fieldSources(r))
        for (const [field, ids] of Object.entries(byField))
          out.push(...checkSourceIds(sourceIds, r.file, [part, "sourceIdsByField", field], ids));
    for (const r of e.revisions)
      if (r.observers) {
        out.push(
          ...checkSourceIds(sourceIds, r.file, ["observers", "sourceIds"], r.observers.sourceIds),
        );
        for (const [i, reading] of (r.observers.otherReadings ?? []).entries())
          out.push(
            ...checkSourceIds(
              sourceIds,
              r.file,
              ["observers", "otherReadings", i, "sourceIds"],
              reading.sourceIds,
            ),
          );
      }
  }
  for (const t of data.turnouts) {
    if (!data.elections.some((e) => e.meta.id === t.meta.electionId))
      out.push(issue(t.metaFile, "electionId", `unknown election "${t.meta.electionId}"`));
    const close = t.meta.pollsClose;
    if (close) {
      out.push(
        ...checkSourceIds(sourceIds, t.metaFile, ["pollsClose", "sourceIds"], close.sourceIds),
      );
      for (const id of Object.keys(close.byUnit))
        if (!t.meta.units.some((u) => u.id === id))
          out.push(issue(t.metaFile, ["pollsClose", "byUnit", id], `unknown unit "${id}"`));
    }
  }
  out.push(...checkElectionOptions(data), ...checkFigureAgainstDatasets(data));
  return out;
}
