import { describe, expect, it } from "vitest";

import { spanOf } from "./coverage";

describe(spanOf, () => {
  it("keeps one period as it is and spans several from the first day to the last", () => {
    // Hand-checked: a year runs from 1 January to 31 December; a month to its last day.
    expect(spanOf([])).toBeUndefined();
    expect(spanOf(["2022", "2022"])).toBe("2022");
    expect(spanOf(["2022-11-20", "2019-06-09"])).toBe("2019-06-09/2022-11-20");
    expect(spanOf(["2021", "2022-02"])).toBe("2021-01-01/2022-02-28");
    expect(spanOf(["2022-09-14/2022-09-15", "2022-09-15"])).toBe("2022-09-14/2022-09-15");
  });
});
