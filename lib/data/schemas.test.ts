import { describe, expect, it } from "vitest";
import type { z } from "zod";

import {
  DatasetMetaSchema,
  DerivedFigureSchema,
  ElectionRevisionSchema,
  EventSchema,
  FigureSchema,
  IdSchema,
  SourceSchema,
  TurnoutMetaSchema,
  TurnoutRevisionSchema,
  TwinCitiesFileSchema,
} from "./schemas";

function source(overrides: Record<string, unknown> = {}) {
  return {
    id: "a-source",
    title: "T",
    publisher: "P",
    url: "https://example.org/a",
    published: "2022-11-20",
    kind: "press_report",
    language: "en",
    ...overrides,
  };
}
function figure(overrides: Record<string, unknown> = {}) {
  return {
    id: "brics-trade-2021",
    label: "Trade",
    description: "Trade with BRICS.",
    value: 45000000000,
    unit: "usd",
    qualifier: "more_than",
    period: "2021",
    category: "economy",
    locator: { section: "High tribunes of Kazakhstan", paragraph: 6 },
    printed: "$45 billion",
    ...overrides,
  };
}
function event(overrides: Record<string, unknown> = {}) {
  return {
    id: "sco",
    title: "SCO",
    description: "Summit.",
    start: "2022-09-15",
    end: "2022-09-16",
    place: "Samarkand",
    category: "summit",
    sourceIds: ["a-source"],
    ...overrides,
  };
}
function electionRevision(overrides: Record<string, unknown> = {}) {
  return {
    status: "final",
    asOf: "2022-11-22T12:00:00+06:00",
    sourceIds: ["a-source"],
    sharePrecision: 2,
    electorate: { registeredVoters: 100, ballotsIssued: 70 },
    turnout: { percent: 70, basis: "ballots_issued", precision: 2 },
    results: [
      { option: "a", votes: 60, share: 85.71 },
      { option: "b", votes: 10, share: 14.29 },
    ],
    ...overrides,
  };
}
function turnoutRevision(overrides: Record<string, unknown> = {}) {
  return {
    status: "preliminary",
    asOf: "2022-11-20T10:05:00+06:00",
    label: "10:05",
    sourceIds: ["a-source"],
    precision: 2,
    national: { percent: 23.37 },
    units: [{ unit: "abai", percent: 25.64 }],
    ...overrides,
  };
}
function electionMeta(overrides: Record<string, unknown> = {}) {
  return {
    id: "e",
    kind: "election",
    title: "E",
    description: "D",
    electionType: "presidential",
    electionDate: "2022-11-20",
    options: [{ id: "a", name: "A", kind: "candidate" }],
    shareBase: "valid votes",
    ...overrides,
  };
}
function turnoutMeta(overrides: Record<string, unknown> = {}) {
  return {
    id: "t",
    kind: "turnout",
    title: "T",
    description: "D",
    electionId: "e",
    timezone: "+06:00",
    dipTolerance: 0.1,
    units: [{ id: "abai", name: "Abai Region", type: "region" }],
    ...overrides,
  };
}

function errorPaths(schema: z.ZodType, value: unknown): string[] {
  const r = schema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => i.path.join("."));
}

describe("IdSchema", () => {
  it.each(["turnout-2022", "a", "kz-2022-presidential"])("accepts %j", (id) =>
    expect(IdSchema.safeParse(id).success).toBe(true),
  );
  it.each(["Turnout", "a_b", "-a", "a--b", "a b", "../x", ""])("rejects %j", (id) =>
    expect(IdSchema.safeParse(id).success).toBe(false),
  );
});

describe("SourceSchema", () => {
  it("accepts a source, with or without a publication date", () => {
    expect(errorPaths(SourceSchema, source())).toEqual([]);
    expect(errorPaths(SourceSchema, source({ published: null }))).toEqual([]);
  });
  it("rejects a non-http URL, an unknown kind and unknown keys", () => {
    expect(errorPaths(SourceSchema, source({ url: "javascript:alert(1)" }))).toEqual(["url"]);
    expect(errorPaths(SourceSchema, source({ kind: "blog" }))).toEqual(["kind"]);
    expect(errorPaths(SourceSchema, source({ extra: 1 }))).toEqual([""]);
  });
});

describe("FigureSchema", () => {
  it("accepts a figure in base units", () =>
    expect(errorPaths(FigureSchema, figure())).toEqual([]));
  it("rejects values that are not plain numbers", () => {
    expect(errorPaths(FigureSchema, figure({ value: "45B" }))).toEqual(["value"]);
    expect(errorPaths(FigureSchema, figure({ value: Number.NaN }))).toEqual(["value"]);
  });
  it("rejects unknown units, qualifiers and categories, and impossible periods", () => {
    expect(errorPaths(FigureSchema, figure({ unit: "billion" }))).toEqual(["unit"]);
    expect(errorPaths(FigureSchema, figure({ qualifier: "about-ish" }))).toEqual(["qualifier"]);
    expect(errorPaths(FigureSchema, figure({ category: "sport" }))).toEqual(["category"]);
    expect(errorPaths(FigureSchema, figure({ period: "2021-02-29" }))).toEqual(["period"]);
    expect(errorPaths(FigureSchema, figure({ locator: { section: "x", paragraph: 0 } }))).toEqual([
      "locator.paragraph",
    ]);
  });
});

describe("DerivedFigureSchema", () => {
  it("requires the computed qualifier, a formula and sources, and has no locator", () => {
    const { locator: _l, printed: _p, ...rest } = figure();
    const derived = { ...rest, qualifier: "computed", formula: "a + b", sourceIds: ["a-source"] };
    expect(errorPaths(DerivedFigureSchema, derived)).toEqual([]);
    expect(errorPaths(DerivedFigureSchema, { ...derived, qualifier: "exact" })).toEqual([
      "qualifier",
    ]);
    expect(errorPaths(DerivedFigureSchema, { ...derived, sourceIds: [] })).toEqual(["sourceIds"]);
  });
});

describe("EventSchema", () => {
  it("accepts an event", () => expect(errorPaths(EventSchema, event())).toEqual([]));
  it("rejects impossible dates and events without a source", () => {
    expect(errorPaths(EventSchema, event({ start: "2022-09-31" }))).toEqual(["start"]);
    expect(errorPaths(EventSchema, event({ start: "2022-09" }))).toEqual(["start"]);
    expect(errorPaths(EventSchema, event({ sourceIds: [] }))).toEqual(["sourceIds"]);
  });
});

describe("TwinCitiesFileSchema", () => {
  it("needs at least one pair with both cities", () => {
    const file = {
      sourceId: "a-source",
      locator: { section: "S", paragraph: 1 },
      asOf: "2022-11-28",
      pairs: [{ russia: "Omsk", kazakhstan: "Pavlodar" }],
    };
    expect(errorPaths(TwinCitiesFileSchema, file)).toEqual([]);
    expect(errorPaths(TwinCitiesFileSchema, { ...file, pairs: [{ russia: "Omsk" }] })).toEqual([
      "pairs.0.kazakhstan",
    ]);
  });
});

describe("DatasetMetaSchema", () => {
  it("tells elections and turnout series apart by kind", () => {
    expect(errorPaths(DatasetMetaSchema, electionMeta())).toEqual([]);
    expect(errorPaths(DatasetMetaSchema, turnoutMeta())).toEqual([]);
    expect(errorPaths(DatasetMetaSchema, electionMeta({ kind: "poll" }))).toEqual(["kind"]);
    expect(errorPaths(DatasetMetaSchema, electionMeta({ options: [] }))).toEqual(["options"]);
  });
  it("bounds the turnout dip tolerance", () => {
    expect(errorPaths(TurnoutMetaSchema, turnoutMeta({ dipTolerance: 50 }))).toEqual([
      "dipTolerance",
    ]);
  });
});

describe("ElectionRevisionSchema", () => {
  it("accepts a revision", () =>
    expect(errorPaths(ElectionRevisionSchema, electionRevision())).toEqual([]));
  it("rejects negative or fractional votes, shares over 100 and unknown statuses", () => {
    expect(
      errorPaths(
        ElectionRevisionSchema,
        electionRevision({ results: [{ option: "a", votes: -1 }] }),
      ),
    ).toEqual(["results.0.votes"]);
    expect(
      errorPaths(
        ElectionRevisionSchema,
        electionRevision({ results: [{ option: "a", votes: 1.5 }] }),
      ),
    ).toEqual(["results.0.votes"]);
    expect(
      errorPaths(
        ElectionRevisionSchema,
        electionRevision({ results: [{ option: "a", votes: 1, share: 101 }] }),
      ),
    ).toEqual(["results.0.share"]);
    expect(errorPaths(ElectionRevisionSchema, electionRevision({ status: "draft" }))).toEqual([
      "status",
    ]);
  });
  it("needs an offset on asOf", () => {
    expect(
      errorPaths(ElectionRevisionSchema, electionRevision({ asOf: "2022-11-22T12:00:00" })),
    ).toEqual(["asOf"]);
  });
});

describe("TurnoutRevisionSchema", () => {
  it("accepts a release, with or without units", () => {
    expect(errorPaths(TurnoutRevisionSchema, turnoutRevision())).toEqual([]);
    expect(errorPaths(TurnoutRevisionSchema, turnoutRevision({ units: undefined }))).toEqual([]);
  });
  it("rejects a percentage over 100", () => {
    expect(
      errorPaths(
        TurnoutRevisionSchema,
        turnoutRevision({ units: [{ unit: "abai", percent: 180.18 }] }),
      ),
    ).toEqual(["units.0.percent"]);
  });
});
