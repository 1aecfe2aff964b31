import { releaseId } from "../charts/model/turnout-map-chart";
import type { DataSet, TurnoutRevision } from "../data/dataset";
import { nameOn } from "../data/name-on";
import { votesOf, type Vote } from "../data/votes";
import type { Locale } from "../i18n/locale";
import { translator } from "../i18n/translate";
import {
  NATIONAL_UNIT_ID,
  REGIONAL_CSV_COLUMNS,
  type RegionalExportRow,
  type RegionalMeasure,
} from "./regional-columns";
import type { ExportTable } from "./table";

type RegionalData = Pick<DataSet, "elections" | "turnouts" | "names" | "sources">;

/** The national figures the release states, in REGIONAL_MEASURES order; never one computed. */
function nationalMeasures(r: TurnoutRevision): [RegionalMeasure, number][] {
  const { percent, voters, registeredVoters } = r.national;
  const all: [RegionalMeasure, number | undefined][] = [
    ["turnout", percent],
    ["voters", voters],
    ["registered_voters", registeredVoters],
  ];
  return all.filter((m): m is [RegionalMeasure, number] => m[1] !== undefined);
}

/** Every row of one release: the country first, then its units in the dataset's order. */
function releaseRows(vote: Vote, r: TurnoutRevision, data: RegionalData, lang: Locale) {
  const release = {
    vote_id: vote.id,
    vote_date: vote.date,
    vote_type: vote.election.meta.electionType,
    release_id: releaseId(r),
    release_label: r.label,
    release_as_of: r.asOf,
    release_status: r.status,
    partial_list: r.partialUnits === true,
  };
  const sources = r.sourceIds.map((id) => data.sources.find((s) => s.id === id));
  const tail = {
    source_ids: r.sourceIds.join("; "),
    source_urls: sources.map((s) => s?.url ?? "").join("; "),
    dataset_id: vote.turnout.meta.id,
    revision_id: r.id,
  };
  const measure = (m: RegionalMeasure, value: number) => ({
    measure: m,
    value,
    unit: m === "turnout" ? ("percent" as const) : ("people" as const),
    decimals: m === "turnout" ? r.precision : 0,
  });
  const country = nationalMeasures(r).map(([m, value]) => ({
    ...release,
    unit_id: NATIONAL_UNIT_ID,
    unit_name: translator(lang)("columns.kazakhstan"),
    unit_type: "country" as const,
    ...measure(m, value),
    ...tail,
  }));
  // validate holds every unit of a release to its dataset's list, so none is left out here.
  const units = vote.turnout.meta.units.flatMap((m) => {
    const u = r.units?.find((x) => x.unit === m.id);
    if (!u) return [];
    return [
      {
        ...release,
        unit_id: m.id,
        // As the unit was called on the vote's day: Nur-Sultan in 2019 and at the referendum.
        unit_name: nameOn(data, m.id, vote.date, lang),
        unit_type: m.type,
        ...measure("turnout", u.percent),
        ...tail,
      },
    ];
  });
  return [...country, ...units];
}

/**
 * The regional turnout of every vote as one long table: for each vote (oldest first) and each of its
 * releases, one row per figure the release states — turnout for the country and each unit on its
 * list, and the national counts of voters and registered voters where it gave them. Only stored
 * figures: a unit a release lacks has no row, and nothing is derived.
 */
export function toRegionalRows(
  data: RegionalData,
  { lang = "en" }: { lang?: Locale } = {},
): RegionalExportRow[] {
  return votesOf(data).flatMap((vote) =>
    vote.turnout.revisions.flatMap((r) => releaseRows(vote, r, data, lang)),
  );
}

/** kz-regional-turnout.csv, with the language of the names when one was asked for (…-kk.csv). */
export function toRegionalCsvFilename(lang: Locale = "en"): string {
  return `kz-regional-turnout${lang === "en" ? "" : `-${lang}`}.csv`;
}

/**
 * The regional turnout of every vote as one table. Its revision is the newest release in it, so a
 * release added to any vote gives the package a new version and date.
 */
export function toRegionalTable(
  data: RegionalData,
  lang: Locale = "en",
): ExportTable<RegionalExportRow> {
  const votes = votesOf(data);
  const releases = votes.flatMap((v) => v.turnout.revisions);
  const newest = releases.reduce<(typeof releases)[number] | undefined>(
    (a, r) => (a && Date.parse(a.asOf) >= Date.parse(r.asOf) ? a : r),
    undefined,
  );
  const cited = new Set(releases.flatMap((r) => r.sourceIds));
  const list = votes.map((v) => `${v.election.meta.title} (${v.date})`).join("; ");
  return {
    name: toRegionalCsvFilename().replace(/\.csv$/, ""),
    fileName: toRegionalCsvFilename(lang),
    title: "Turnout by region and city at every vote",
    description:
      `Turnout as each election-day release stated it, for the country ("${NATIONAL_UNIT_ID}") and for each ` +
      `region and city on the release's list, at every vote with regional figures: ${list}. One row per ` +
      "vote, release, unit and measure; the national counts of voters and registered voters where a " +
      "release gave them. Only stated figures: nothing is derived, and a unit a release lacks has no row. " +
      "Units are those of the day of each vote (17 until 7 June 2022, 20 after).",
    keywords: [
      "Kazakhstan",
      "turnout",
      "regions",
      ...new Set(votes.map((v) => v.election.meta.electionType)),
      ...new Set(votes.map((v) => v.date.slice(0, 4))),
    ],
    columns: REGIONAL_CSV_COLUMNS,
    rows: toRegionalRows(data, { lang }),
    sources: data.sources.filter((s) => cited.has(s.id)),
    ...(newest ? { revision: { id: newest.id, asOf: newest.asOf } } : {}),
  };
}
