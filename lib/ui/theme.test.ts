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
  function run(
    stored: string | null | Error,
    location = { pathname: "/", search: "" },
  ): string | undefined {
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
    new Function("document", "localStorage", "location", THEME_BOOT_SCRIPT)(
      document,
      localStorage,
      location,
    );
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
  it("lets an embed's host page choose with ?theme=, over the stored choice", () => {
    const embed = (search: string) => ({ pathname: "/embed/kz-2022-results", search });
    expect(run("light", embed("?theme=dark"))).toBe("dark");
    expect(run("dark", embed("?type=table&theme=light"))).toBe("light");
    // auto follows the system: the server's default, whatever is stored.
    expect(run("dark", embed("?theme=auto"))).toBeUndefined();
    // Anything else is ignored, and the stored choice applies.
    expect(run("dark", embed("?theme=blue"))).toBe("dark");
    expect(run(null, embed("?theme=system"))).toBeUndefined();
    expect(run(new Error("SecurityError"), embed("?theme=dark"))).toBe("dark");
    // Only embeds: the dashboard's own pages keep the reader's choice.
    expect(run("light", { pathname: "/charts/kz-2022-results", search: "?theme=dark" })).toBe(
      "light",
    );
  });
});
