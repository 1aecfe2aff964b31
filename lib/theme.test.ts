import { describe, expect, it } from "vitest";

import { parseTheme } from "./theme";

describe(parseTheme, () => {
  it("keeps a known theme", () => {
    expect(parseTheme("dark")).toBe("dark");
    expect(parseTheme("light")).toBe("light");
  });
  it.each([undefined, "", "DARK", "<script>", "system;light"])(
    "falls back to system for %j",
    (v) => {
      expect(parseTheme(v)).toBe("system");
    },
  );
});
