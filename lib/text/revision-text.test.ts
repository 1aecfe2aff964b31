import { describe, expect, it } from "vitest";

import { textIn } from "./resolve-text";
import {
  electionStatusText,
  releaseInProseText,
  revisionChoiceText,
  turnoutStatusText,
} from "./revision-text";

const asOf = "2022-11-25T12:00:00+06:00";

describe(electionStatusText, () => {
  it("names every status as itself", () => {
    expect(textIn(electionStatusText({ status: "preliminary", asOf }), "en")).toBe(
      "Preliminary result · CEC · 25 Nov 2022",
    );
    expect(textIn(electionStatusText({ status: "certified", asOf }), "en")).toBe(
      "Certified result · CEC · 25 Nov 2022",
    );
  });
});

describe(turnoutStatusText, () => {
  it("names a release by its time and a certified count as certified, not final", () => {
    expect(textIn(turnoutStatusText({ status: "preliminary", asOf, label: "20:00" }), "en")).toBe(
      "Preliminary · CEC release of 20:00, 25 Nov 2022",
    );
    expect(textIn(turnoutStatusText({ status: "certified", asOf, label: "Final" }), "en")).toBe(
      "Certified · CEC · 25 Nov 2022",
    );
  });
});

describe(revisionChoiceText, () => {
  it("uses a release's time while preliminary, and the status after", () => {
    const text = (r: Parameters<typeof revisionChoiceText>[0]) =>
      textIn(revisionChoiceText(r), "en");
    expect(text({ status: "preliminary", asOf, label: "20:00" })).toBe("20:00, 25 Nov 2022");
    expect(text({ status: "preliminary", asOf })).toBe("Preliminary, 25 Nov 2022");
    expect(text({ status: "certified", asOf, label: "Final" })).toBe("Certified, 25 Nov 2022");
  });
});

describe(releaseInProseText, () => {
  it("names the final count with its noun in Russian and Kazakh", () => {
    const final = releaseInProseText({ status: "final", label: "Final" });
    expect(textIn(final, "ru")).toBe("окончательные данные");
    expect(textIn(final, "kk")).toMatch(/деректер$/);
    expect(textIn(releaseInProseText({ status: "preliminary", label: "20:00" }), "ru")).toBe(
      "20:00",
    );
  });
});
