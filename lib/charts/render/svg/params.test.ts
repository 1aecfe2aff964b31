import { describe, expect, it } from "vitest";

import { parseImageParams } from "./params";

describe(parseImageParams, () => {
  it("reads a page image's size, palette and theme", () => {
    expect(parseImageParams(new URLSearchParams("w=280&h=300&palette=page&theme=dark"))).toEqual({
      width: 280,
      height: 300,
      palette: "page",
      theme: "dark",
    });
  });

  it("falls back to the file's defaults for anything else, never throwing", () => {
    const fallback = { width: undefined, height: undefined, palette: "file", theme: undefined };
    for (const q of [
      "",
      "w=abc&h=-1&palette=neon&theme=sepia",
      "w=10&h=99999",
      "w=1e3&h=300.5",
      "w=%00&palette=&theme[]=x",
    ])
      expect(parseImageParams(new URLSearchParams(q)), q).toEqual(fallback);
  });
});
