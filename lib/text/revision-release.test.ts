import { describe, expect, it } from "vitest";

import { textIn } from "./resolve-text";
import { releaseBeforeNounText, releaseLabelText, revisionChoiceText } from "./revision-text";

const release = { label: "22:00", status: "preliminary", asOf: "2022-11-20" } as const;
// Data names the final count in English ("Final"); a reader of Russian must not see that word.
const final = { label: "Final", status: "final", asOf: "2022-11-22" } as const;

describe(releaseLabelText, () => {
  it("keeps a clock time as it is in every language", () => {
    for (const locale of ["en", "ru", "kk"] as const)
      expect(textIn(releaseLabelText(release), locale)).toBe("22:00");
  });

  it("names a later count by its status in the reader's language", () => {
    expect(textIn(releaseLabelText(final), "ru")).toBe("Окончательные");
    expect(textIn(releaseLabelText(final), "kk")).toBe("Түпкілікті");
    expect(textIn(releaseBeforeNounText(final), "ru")).toBe("окончательные");
  });
});

describe(revisionChoiceText, () => {
  it("gives the release with its day", () => {
    expect(textIn(revisionChoiceText(release), "en")).toBe("22:00, 20 Nov 2022");
    expect(textIn(revisionChoiceText(final), "ru")).toMatch(/^Окончательные, 22/);
  });
});
