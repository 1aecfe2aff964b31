import { describe, expect, it } from "vitest";

import { isAuthorized } from "./revalidate-token";

describe(isAuthorized, () => {
  it("accepts exactly the configured bearer token", () => {
    expect(isAuthorized("Bearer s3cret-token", "s3cret-token")).toBe(true);
  });
  it.each([
    null,
    "",
    "Bearer ",
    "Bearer s3cret-toke",
    "Bearer s3cret-token2",
    "bearer s3cret-token",
    "s3cret-token",
    "Basic s3cret-token",
  ])("rejects %j", (header) => expect(isAuthorized(header, "s3cret-token")).toBe(false));
});
