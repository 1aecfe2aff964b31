import { REVISION_STATUS_LIST } from "../data/revision-status";
import { ElectionMetaSchema, REVISION_STATUSES } from "../data/schemas";
import type { Unit } from "../data/schemas";
import { toColumns, type ColumnField } from "./table-schema";

/** The country's own rows: ISO 3166-1's code for Kazakhstan, which no region's id can be. */
export const NATIONAL_UNIT_ID = "kz";
export const REGIONAL_MEASURES = ["turnout", "voters", "registered_voters"] as const;
export type RegionalMeasure = (typeof REGIONAL_MEASURES)[number];
const UNIT_TYPES = ["country", "region", "city"] as const;
const MEASURE_UNITS = ["percent", "people"] as const satisfies readonly Unit[];

/** One number as a release stated it: one vote, one release, one unit (or the country), one measure. */
export interface RegionalExportRow {
  vote_id: string;
  vote_date: string;
  vote_type: string;
  release_id: string;
  release_label: string;
  release_as_of: string;
  release_status: string;
  /** The release's regional list survives only in part (its note says how). */
  partial_list: boolean;
  unit_id: string;
  /** In the language asked for; every other column is the same in each language. */
  unit_name: string;
  unit_type: (typeof UNIT_TYPES)[number];
  measure: RegionalMeasure;
  value: number;
  unit: (typeof MEASURE_UNITS)[number];
  decimals: number;
  source_ids: string;
  source_urls: string;
  dataset_id: string;
  revision_id: string;
}

/** What each column holds; the key order is the CSV's column order. */
const REGIONAL_FIELDS: Record<keyof RegionalExportRow, ColumnField<RegionalExportRow>> = {
  vote_id: {
    title: "Vote",
    description: "Identifier of the election or referendum, as in /api/elections/<id>/results.csv.",
    type: "string",
    keyPart: true,
  },
  vote_date: { title: "Vote date", description: "Day of the vote (ISO 8601).", type: "date" },
  vote_type: {
    title: "Vote type",
    description: "What was voted on.",
    type: "string",
    values: ElectionMetaSchema.shape.electionType.options,
  },
  release_id: {
    title: "Release",
    description:
      'The release within its vote: its clock time while preliminary ("1805"), else its status ("final"); the map\'s release parameter.',
    type: "string",
    keyPart: true,
  },
  release_label: {
    title: "Release label",
    description: 'How the release is named: its time of day ("18:05") or "Final".',
    type: "string",
  },
  release_as_of: {
    title: "Release as of",
    description: "When the release was published, in ISO 8601 with its UTC offset.",
    type: "datetime",
  },
  release_status: {
    title: "Release status",
    description: `Status of the release: ${REVISION_STATUS_LIST}.`,
    type: "string",
    values: REVISION_STATUSES,
  },
  partial_list: {
    title: "Partial list",
    description:
      "true when only part of the release's list of regions and cities survives: the units missing from it have no row, and were not zero.",
    type: "boolean",
  },
  unit_id: {
    title: "Unit",
    description: `Identifier of the region or city as of the vote (the country has 17 until 7 June 2022 and 20 after); "${NATIONAL_UNIT_ID}" for the country as a whole.`,
    type: "string",
    keyPart: true,
  },
  unit_name: {
    title: "Unit name",
    description:
      "The unit's name as of the vote, in the language asked for with lang (kk, ru or en; English by default). Every other column is the same in each language.",
    type: "string",
  },
  unit_type: {
    title: "Unit type",
    description: "country for the national figures, region or city (cities of national status).",
    type: "string",
    values: UNIT_TYPES,
  },
  measure: {
    title: "Measure",
    description:
      "turnout: percent of registered voters who had voted; voters: people who had voted; registered_voters: people on the voter lists. Counts only where the release stated them (nationally).",
    type: "string",
    values: REGIONAL_MEASURES,
    keyPart: true,
  },
  value: {
    title: "Value",
    description: "The figure as the release stated it, in the unit of the unit column.",
    type: "number",
  },
  unit: {
    title: "Unit of measure",
    description: "percent (0 to 100) for turnout, people for the counts.",
    type: "string",
    values: MEASURE_UNITS,
  },
  decimals: {
    title: "Decimals",
    description: "Decimal places the release gave its percentages to (0 for counts).",
    type: "integer",
  },
  source_ids: {
    title: "Source ids",
    description:
      "Identifiers of the release's sources (as in the project's data/sources.json), separated by \"; \"; their addresses are in source_urls and their titles in the data package's sources.",
    type: "string",
  },
  source_urls: {
    title: "Source URLs",
    description: 'Address of each source, separated by "; ", in the order of source_ids.',
    type: "string",
  },
  dataset_id: {
    title: "Dataset",
    description: "Identifier of the turnout dataset the release belongs to.",
    type: "string",
  },
  revision_id: {
    title: "Revision",
    description:
      "Identifier of the release as a revision of that dataset (the asOf of the chart routes).",
    type: "string",
  },
};

export const REGIONAL_CSV_COLUMNS = toColumns<RegionalExportRow>(REGIONAL_FIELDS);
