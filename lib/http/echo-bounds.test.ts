import { describe, expect, it } from "vitest";

import { boundedRscParam, MAX_ECHOED_QUERY, queryTooLong } from "./echo-bounds";

describe(queryTooLong, () => {
  it("lets a view's query through and names the length of a longer one", () => {
    expect(queryTooLong("?type=table&show=almaty,astana,shymkent")).toBeNull();
    expect(queryTooLong(`?x=${"a".repeat(MAX_ECHOED_QUERY - 3)}`)).toBeNull();
    const message = queryTooLong(`?x=${"a".repeat(3000)}`);
    expect(message).toContain("3003 characters");
    expect(message!.length).toBeLessThan(300);
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
