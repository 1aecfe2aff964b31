import { z } from "zod";

import { QUALIFIERS, UNITS } from "../units";

import { isValidPeriod } from "./period";

/** Stable identifiers: lower-case kebab-case, safe in URLs and file names. */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "must be a kebab-case id (a-z, 0-9, -)" });

/** A calendar date that exists (2022-02-30 is rejected). */
export const IsoDateSchema = z
  .string()
  .refine((s) => isValidPeriod(s) && /^\d{4}-\d{2}-\d{2}$/.test(s), {
    error: "must be a real calendar date YYYY-MM-DD",
  });

/** YYYY, YYYY-MM, YYYY-MM-DD, or an ISO 8601 interval start/end of those. */
export const PeriodSchema = z.string().refine(isValidPeriod, {
  error: "must be an ISO 8601 date, month, year or start/end interval with real dates in order",
});

export const DateTimeSchema = z.iso.datetime({
  offset: true,
  error: "must be an ISO 8601 date-time with offset",
});

export const SOURCE_KINDS = [
  "article",
  "official_result",
  "official_record",
  "press_report",
  "reference",
] as const;

export const SourceSchema = z
  .strictObject({
    id: IdSchema,
    /** In English: the original title of an English page, an English rendering of any other. */
    title: z.string().min(1),
    /**
     * The headline as the page itself prints it, for a page not in English: shown to Kazakh and
     * Russian readers, so they can search for it. Left out where no copy of the page shows it
     * (`npm run validate` lists those); never a translation back from the English.
     */
    originalTitle: z.string().trim().min(1).optional(),
    publisher: z.string().min(1),
    url: z.url({ protocol: /^https?$/ }),
    /** null where the archived copy shows no publication date. */
    published: IsoDateSchema.nullable(),
    kind: z.enum(SOURCE_KINDS),
    language: z.string().regex(/^[a-z]{2}$/),
    note: z.string().optional(),
    /** Article structure, so that locators can be checked against it. */
    sections: z
      .array(z.strictObject({ heading: z.string().min(1), paragraphs: z.int().positive() }))
      .optional(),
  })
  .refine((s) => s.language !== "en" || s.originalTitle === undefined, {
    path: ["originalTitle"],
    error: "is for a page not in English; an English page's title is its original",
  });
export type Source = z.infer<typeof SourceSchema>;
export const SourcesFileSchema = z.strictObject({
  sources: z.array(SourceSchema).min(1),
  /**
   * Hosts that copy another site's pages (found while sourcing): a source is cited at its publisher's
   * own address, so an address on one of these is refused, naming the site to cite instead.
   */
  mirrors: z.array(z.strictObject({ host: z.string().min(1), of: z.string().min(1) })).optional(),
});

/** Where in an article a figure is printed: section heading and 1-based paragraph within it. */
export const LocatorSchema = z.strictObject({
  section: z.string().min(1),
  paragraph: z.int().positive(),
});
export type Locator = z.infer<typeof LocatorSchema>;

export { QUALIFIERS, UNITS, type Qualifier, type Unit } from "../units";

export const CATEGORIES = ["election", "campaign", "economy", "diplomacy", "society"] as const;
export type Category = (typeof CATEGORIES)[number];

export const FigureSchema = z.strictObject({
  id: IdSchema,
  label: z.string().min(1).max(80),
  description: z.string().min(1).max(200),
  /** Plain number in base units: 45000000000, not 45 or "45B". */
  value: z.number().finite(),
  unit: z.enum(UNITS),
  qualifier: z.enum(QUALIFIERS),
  period: PeriodSchema,
  category: z.enum(CATEGORIES),
  locator: LocatorSchema,
  /** The figure as printed in the article, so its locator can be checked against the text. */
  printed: z.string().min(1).max(40),
  /**
   * Set from data/translations, never in figures.json: the gender of the noun an ordinal counts in
   * the reader's language («12-я» for a конференция).
   */
  gender: z.enum(["m", "f", "n"]).optional(),
  /** Ties an article figure to the official dataset that must agree with it. */
  checkAgainst: z
    .strictObject({
      dataset: IdSchema,
      measure: z.enum(["share", "turnout"]),
      option: IdSchema.optional(),
    })
    .optional(),
});
export type Figure = z.infer<typeof FigureSchema>;
export const FiguresFileSchema = z.strictObject({
  sourceId: IdSchema,
  figures: z.array(FigureSchema).min(1),
});

export const EVENT_CATEGORIES = [
  "forum",
  "summit",
  "campaign",
  "election",
  "ceremony",
  "visit",
] as const;
export const EventSchema = z.strictObject({
  id: IdSchema,
  title: z.string().min(1).max(100),
  description: z.string().min(1).max(200),
  start: IsoDateSchema,
  end: IsoDateSchema.optional(),
  place: z.string().min(1),
  category: z.enum(EVENT_CATEGORIES),
  sourceIds: z.array(IdSchema).min(1),
  locator: LocatorSchema.optional(),
});
export type Event = z.infer<typeof EventSchema>;
export const EventsFileSchema = z.strictObject({ events: z.array(EventSchema).min(1) });

export const TwinCitiesFileSchema = z.strictObject({
  sourceId: IdSchema,
  locator: LocatorSchema,
  asOf: IsoDateSchema,
  pairs: z
    .array(z.strictObject({ russia: z.string().min(1), kazakhstan: z.string().min(1) }))
    .min(1),
});
export type TwinCities = z.infer<typeof TwinCitiesFileSchema>;

// Owned by revision-status.ts with their labels and order; re-exported beside the other schemas.
import { REVISION_STATUSES } from "./revision-status";
export { REVISION_STATUSES, type RevisionStatus } from "./revision-status";

const count = z.int().nonnegative();
const percent = z.number().min(0).max(100);

export const ElectionMetaSchema = z.strictObject({
  id: IdSchema,
  kind: z.literal("election"),
  title: z.string().min(1),
  description: z.string().min(1),
  electionType: z.enum(["presidential", "legislative", "referendum"]),
  electionDate: IsoDateSchema,
  options: z
    .array(
      z.strictObject({
        id: IdSchema,
        name: z.string().min(1),
        shortName: z.string().min(1).optional(),
        /**
         * A referendum's answers are "choice"s; a ballot with both answers marked and a spoilt one are
         * rows of the result too, since the commission states their shares of the ballots cast.
         */
        kind: z.enum(["candidate", "party", "against_all", "choice", "both_marked", "invalid"]),
        nominatedBy: z.string().min(1).optional(),
      }),
    )
    .min(1),
  shareBase: z.string().min(1),
  /**
   * What the shares are of, for the check that recomputes them: the sum of the result rows (the
   * default) or the ballots cast, when the commission states a row's share without its count (the
   * referendum's preliminary result gave spoilt ballots as a percentage only).
   */
  shareOf: z.literal("ballots_cast").optional(),
  seats: z
    .strictObject({
      list: count,
      districts: count,
      thresholdPercent: percent,
      /** Sources that describe how list seats are shared (the seat allocation explainer cites them). */
      methodSourceIds: z.array(IdSchema).optional(),
    })
    .optional(),
});
export type ElectionMeta = z.infer<typeof ElectionMetaSchema>;

/**
 * What a correction to a stored revision did. The change log words each kind in the reader's language
 * (changes.correction.<kind>), so a correction holds no text of its own.
 */
export const CORRECTION_KINDS = [
  "redated",
  "confirmingSources",
  "listTotalRemoved",
  "carried",
  "stationsAdded",
] as const;

/** A correction made to a revision after it was stored: when, what, and the value it replaced. */
const CorrectionSchema = z.strictObject({
  on: IsoDateSchema,
  kind: z.enum(CORRECTION_KINDS),
  was: z.union([z.string().min(1), z.number()]).optional(),
});

/** The figures of an election revision that may be carried from an earlier release. */
export const CARRIED_FIELDS = [
  "turnout.percent",
  "electorate.registeredVoters",
  "electorate.ballotsIssued",
  "electorate.ballotsCast",
] as const;

export const ElectionRevisionSchema = z.strictObject({
  status: z.enum(REVISION_STATUSES),
  asOf: DateTimeSchema,
  sourceIds: z.array(IdSchema).min(1),
  /** Pages published after asOf that repeat the figures (lib/data/checks/source-dates.ts). */
  confirmingSourceIds: z.array(IdSchema).min(1).optional(),
  corrections: z.array(CorrectionSchema).min(1).optional(),
  note: z.string().optional(),
  /** Decimals the shares are stated to; recomputed shares must round to the stated ones. */
  sharePrecision: z.int().min(0).max(4),
  electorate: z.strictObject({
    registeredVoters: count,
    ballotsIssued: count.optional(),
    ballotsCast: count.optional(),
    validVotes: count.optional(),
    invalidVotes: count.optional(),
    absenteeCertificates: count.optional(),
    firstTimeVoters: count.optional(),
  }),
  turnout: z.strictObject({
    percent,
    /** Which count the official turnout divides by registered voters. */
    basis: z.enum(["ballots_issued", "ballots_cast"]),
    precision: z.int().min(0).max(4),
  }),
  results: z
    .array(
      z.strictObject({
        option: IdSchema,
        votes: count,
        share: percent.optional(),
        listSeats: count.optional(),
      }),
    )
    .min(1),
  pollingStations: z
    .strictObject({
      total: count,
      domestic: count.optional(),
      abroad: count.optional(),
      abroadCountries: count.optional(),
      /** The sources that give each figure; a figure without them is kept but never shown. */
      sourceIdsByField: z
        .strictObject({
          total: z.array(IdSchema).min(1).optional(),
          domestic: z.array(IdSchema).min(1).optional(),
          abroad: z.array(IdSchema).min(1).optional(),
          abroadCountries: z.array(IdSchema).min(1).optional(),
        })
        .optional(),
    })
    .optional(),
  abroad: z
    .strictObject({
      registeredVoters: count,
      voted: count,
      turnoutPercent: percent,
      sourceIdsByField: z
        .strictObject({
          registeredVoters: z.array(IdSchema).min(1).optional(),
          voted: z.array(IdSchema).min(1).optional(),
          turnoutPercent: z.array(IdSchema).min(1).optional(),
        })
        .optional(),
    })
    .optional(),
  /**
   * Figures this revision repeats from an earlier release because no later one was found (the 2023
   * final count kept election night's turnout): shown as such wherever they appear.
   */
  carried: z
    .strictObject({
      fields: z.array(z.enum(CARRIED_FIELDS)).min(1),
      /** The release they come from. */
      from: DateTimeSchema,
    })
    .optional(),
  /**
   * The chamber's make-up after the vote (list and district seats together), as each source gives it:
   * more than one reading where sources disagree, shown side by side, never reconciled by us.
   */
  chamber: z
    .strictObject({
      seats: count,
      readings: z
        .array(
          z.strictObject({
            sourceIds: z.array(IdSchema).min(1),
            /** Seats per party (an option id) and for "independents" (self-nominated deputies). */
            totals: z.array(z.strictObject({ party: IdSchema, seats: count })).min(1),
          }),
        )
        .min(1),
    })
    .optional(),
  observers: z
    .strictObject({
      total: count,
      fromOrganisations: count,
      organisations: count,
      fromCountries: count,
      countries: count,
      sourceIds: z.array(IdSchema).min(1),
      /**
       * Totals other reports give ("more than 614" the next day): shown beside the stated one with
       * their sources, never reconciled by us.
       */
      otherReadings: z
        .array(
          z.strictObject({
            total: count,
            qualifier: z.enum(QUALIFIERS),
            sourceIds: z.array(IdSchema).min(1),
          }),
        )
        .min(1)
        .optional(),
    })
    .optional(),
});
export type ElectionRevisionInput = z.infer<typeof ElectionRevisionSchema>;

/** A clock time, "20:00". */
const ClockTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

export const TurnoutMetaSchema = z.strictObject({
  id: IdSchema,
  kind: z.literal("turnout"),
  title: z.string().min(1),
  description: z.string().min(1),
  electionId: IdSchema,
  timezone: z.string().regex(/^[+-]\d{2}:\d{2}$/),
  /** Largest fall, in points, a unit may show between releases (voter lists were updated late in the day). */
  dipTolerance: z.number().min(0).max(5),
  /**
   * When the polls closed, as a clock time in the dataset's timezone: `default` for most units and
   * `byUnit` for those that closed later (the western regions, an hour behind Astana).
   */
  pollsClose: z
    .strictObject({
      default: ClockTimeSchema,
      byUnit: z.record(IdSchema, ClockTimeSchema),
      sourceIds: z.array(IdSchema).min(1),
    })
    .optional(),
  units: z
    .array(
      z.strictObject({ id: IdSchema, name: z.string().min(1), type: z.enum(["region", "city"]) }),
    )
    .min(1),
});
export type TurnoutMeta = z.infer<typeof TurnoutMetaSchema>;

export const TurnoutRevisionSchema = z.strictObject({
  status: z.enum(REVISION_STATUSES),
  asOf: DateTimeSchema,
  label: z.string().min(1).max(20),
  sourceIds: z.array(IdSchema).min(1),
  confirmingSourceIds: z.array(IdSchema).min(1).optional(),
  corrections: z.array(CorrectionSchema).min(1).optional(),
  note: z.string().optional(),
  precision: z.int().min(0).max(4),
  /** The release's regional list survives only in part (the note says how): no unit is required. */
  partialUnits: z.literal(true).optional(),
  national: z.strictObject({
    percent,
    voters: count.optional(),
    registeredVoters: count.optional(),
  }),
  units: z.array(z.strictObject({ unit: IdSchema, percent })).optional(),
});
export type TurnoutRevisionInput = z.infer<typeof TurnoutRevisionSchema>;

export const DatasetMetaSchema = z.discriminatedUnion("kind", [
  ElectionMetaSchema,
  TurnoutMetaSchema,
]);

/** A figure computed in lib/data/derived.ts from other figures; never stored in data/. */
export const DerivedFigureSchema = FigureSchema.omit({
  locator: true,
  printed: true,
  checkAgainst: true,
}).extend({
  qualifier: z.literal("computed"),
  /** Human-readable formula with the inputs written out. */
  formula: z.string().min(1),
  /** Every source the inputs come from. */
  sourceIds: z.array(IdSchema).min(1),
});
export type DerivedFigure = z.infer<typeof DerivedFigureSchema>;

/** data/limits.json: bounds that no real figure crosses, so that a multiplied count is caught. */
export const LimitsFileSchema = z.strictObject({
  note: z.string().min(1),
  population: z.strictObject({ max: z.int().positive(), note: z.string().min(1) }),
  pollingStations: z
    .strictObject({ min: z.int().nonnegative(), max: z.int().positive(), note: z.string().min(1) })
    .refine((r) => r.min < r.max, { error: "min must be below max" }),
  /** Checked before a revision file is read, so a wrong file cannot exhaust memory. */
  revisionFile: z.strictObject({ maxBytes: z.int().positive(), note: z.string().min(1) }),
  /** How far after this machine's clock a revision's asOf may be. */
  revisionAsOf: z.strictObject({ maxMinutesAhead: z.int().nonnegative(), note: z.string().min(1) }),
});
export type Limits = z.infer<typeof LimitsFileSchema>;
