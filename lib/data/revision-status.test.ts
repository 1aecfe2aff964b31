import { describe, expect, it } from "vitest";

import {
  electionStatusLabel,
  revisionChoiceLabel,
  statusRank,
  turnoutStatusLabel,
} from "./revision-status";

const asOf = "2022-11-25T12:00:00+06:00";

describe(electionStatusLabel, () => {
  it("names every status as itself", () => {
    expect(electionStatusLabel({ status: "preliminary", asOf }, "en")).toBe(
      "Preliminary result · CEC · 25 Nov 2022",
    );
    expect(electionStatusLabel({ status: "certified", asOf }, "en")).toBe(
      "Certified result · CEC · 25 Nov 2022",
    );
  });
});

describe(turnoutStatusLabel, () => {
  it("names a release by its time and a certified count as certified, not final", () => {
    expect(turnoutStatusLabel({ status: "preliminary", asOf, label: "20:00" }, "en")).toBe(
      "Preliminary · CEC release of 20:00, 25 Nov 2022",
    );
    expect(turnoutStatusLabel({ status: "certified", asOf, label: "Final" }, "en")).toBe(
      "Certified · CEC · 25 Nov 2022",
    );
  });
});

describe(revisionChoiceLabel, () => {
  it("uses a release's time while preliminary, and the status after", () => {
    expect(revisionChoiceLabel({ status: "preliminary", asOf, label: "20:00" }, "en")).toBe(
      "20:00, 25 Nov 2022",
    );
    expect(revisionChoiceLabel({ status: "preliminary", asOf }, "en")).toBe(
      "Preliminary, 25 Nov 2022",
    );
    expect(revisionChoiceLabel({ status: "certified", asOf, label: "Final" }, "en")).toBe(
      "Certified, 25 Nov 2022",
    );
  });
});

describe(statusRank, () => {
  it("orders preliminary before final before certified", () => {
    expect(statusRank("preliminary")).toBeLessThan(statusRank("final"));
    expect(statusRank("final")).toBeLessThan(statusRank("certified"));
  });
});
