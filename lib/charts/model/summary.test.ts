import { describe, expect, it } from "vitest";

import { textIn } from "../../text/resolve-text";
import { lit } from "../../text/text";
import { describeRanking } from "./summary";

const items = (...pairs: [string, number][]) =>
  pairs.map(([label, value]) => ({ label: lit(label), value }));

describe(describeRanking, () => {
  it("names the top three by value and the lowest of more than three", () => {
    const text = describeRanking(
      items(["C", 3], ["A", 5], ["E", 1], ["B", 4], ["D", 2]),
      "percent",
      1,
      "units",
    );
    expect(textIn(text, "en")).toBe(
      "A is highest with 5.0%, followed by B (4.0%) and C (3.0%). The lowest of the 5 regions and cities is E (1.0%).",
    );
    // Russian puts a no-break space before the per cent sign.
    expect(textIn(text, "ru")).toBe(
      "На первом месте — A (5,0\u00a0%), далее — B (4,0\u00a0%) и C (3,0\u00a0%). Всего 5 областей и городов; на последнем месте — E (1,0\u00a0%).",
    );
  });

  it("keeps the given order for equal values, so every language ranks alike", () => {
    const text = describeRanking(items(["X", 2], ["Y", 2], ["Z", 1]), "percent", 0, "units");
    expect(textIn(text, "en")).toBe("X is highest with 2%, followed by Y (2%) and Z (1%).");
  });

  it("says what little there is for one or no value", () => {
    expect(textIn(describeRanking(items(["A", 5]), "percent", 1, "units"), "en")).toBe("A: 5.0%.");
    expect(textIn(describeRanking([], "percent", 1, "units"), "en")).toBe(
      "No regions and cities to show.",
    );
  });
});
