import { describe, expect, it } from "vitest";

import { parseTheme, THEME_BOOT_SCRIPT } from "./theme";

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

describe("THEME_BOOT_SCRIPT", () => {
  function run(stored: string | null | Error): string | undefined {
    let attribute: string | undefined;
    const document = {
      documentElement: { setAttribute: (_: string, v: string) => (attribute = v) },
    };
    const localStorage = {
      getItem: () => {
        if (stored instanceof Error) throw stored;
        return stored;
      },
    };
    new Function("document", "localStorage", THEME_BOOT_SCRIPT)(document, localStorage);
    return attribute;
  }
  it("applies a stored light or dark choice before the first paint", () => {
    expect(run("dark")).toBe("dark");
    expect(run("light")).toBe("light");
  });
  it.each([null, "system", "DARK", "<script>", ""])(
    "leaves the server's system theme for %j",
    (v) => {
      expect(run(v)).toBeUndefined();
    },
  );
  it("survives storage that throws", () => {
    expect(run(new Error("SecurityError"))).toBeUndefined();
  });
});
