import { describe, expect, it } from "vitest";

import { boundedQuery, boundedRscParam, MAX_ECHOED_QUERY } from "./echo-bounds";

describe(boundedQuery, () => {
  it("carries a view's query on unchanged", () => {
    for (const q of ["", "?type=table&show=almaty-city,astana,shymkent", `?x=${"a".repeat(2000)}`])
      expect(boundedQuery(q)).toBe(q);
  });

  it("drops an over-long parameter and keeps the view's own", () => {
    expect(boundedQuery(`?type=table&highlight=${"A".repeat(8000)}&sort=asc`)).toBe(
      "?type=table&sort=asc",
    );
    expect(boundedQuery(`?x=${"a".repeat(8000)}`)).toBe("");
  });

  it("never gives more than the bound, however many short parameters come", () => {
    const many = `?${Array.from({ length: 2000 }, (_, i) => `k${i}=v`).join("&")}`;
    const kept = boundedQuery(many);
    expect(kept.length).toBeLessThanOrEqual(MAX_ECHOED_QUERY);
    expect(kept.startsWith("?k0=v&k1=v")).toBe(true);
  });
});

describe(boundedRscParam, () => {
  it("passes the router's short hash and drops anything else", () => {
    expect(boundedRscParam("1x7gk")).toBe("1x7gk");
    expect(boundedRscParam(null)).toBeNull();
    expect(boundedRscParam("a".repeat(65))).toBeNull();
    expect(boundedRscParam("a b")).toBeNull();
  });
});
