import { describe, expect, it } from "vitest";

import { alternatesFor, localeRedirect } from "./locale-redirect";

describe(localeRedirect, () => {
  it("sends / and the pages that had no language to the browser's language", () => {
    expect(localeRedirect("/", "ru-RU,ru;q=0.9,en;q=0.5")).toEqual({
      locale: "ru",
      pathname: "/ru",
    });
    expect(localeRedirect("/charts/kz-2022-results", "kk-KZ")?.pathname).toBe(
      "/kk/charts/kz-2022-results",
    );
    expect(localeRedirect("/embed/kz-2022-results", null)?.pathname).toBe(
      "/en/embed/kz-2022-results",
    );
    expect(localeRedirect("/changes", "de")?.pathname).toBe("/en/changes");
    expect(localeRedirect("/regions/astana", "ru")?.pathname).toBe("/ru/regions/astana");
    // The about page's x-default (lib/pages/page-metadata.ts) is this unprefixed address.
    expect(localeRedirect("/about", "kk")?.pathname).toBe("/kk/about");
  });

  it("leaves alone what already has a language, the API and anything else", () => {
    for (const path of ["/ru", "/kk/charts/x", "/api/charts", "/chartsx", "/icon.svg", "/foo"])
      expect(localeRedirect(path, "ru"), path).toBeNull();
  });
});

describe(alternatesFor, () => {
  it("lists the page in the three languages and the unprefixed address as x-default", () => {
    expect(alternatesFor("/charts/a", "?type=table", "https://x.kz")).toBe(
      '<https://x.kz/kk/charts/a?type=table>; rel="alternate"; hreflang="kk", ' +
        '<https://x.kz/ru/charts/a?type=table>; rel="alternate"; hreflang="ru", ' +
        '<https://x.kz/en/charts/a?type=table>; rel="alternate"; hreflang="en", ' +
        '<https://x.kz/charts/a?type=table>; rel="alternate"; hreflang="x-default"',
    );
  });
});
