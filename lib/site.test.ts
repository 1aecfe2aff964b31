import { describe, expect, it } from "vitest";

import { aboutPath, siteContact } from "./site";

describe(siteContact, () => {
  it("is absent when SITE_CONTACT is unset or blank, so no address is ever made up", () => {
    expect(siteContact(undefined)).toBeUndefined();
    expect(siteContact("  ")).toBeUndefined();
  });

  it("links an e-mail address with mailto and a web address as it is", () => {
    expect(siteContact(" corrections@example.kz ")).toEqual({
      text: "corrections@example.kz",
      href: "mailto:corrections@example.kz",
    });
    expect(siteContact("https://example.kz/contact")).toEqual({
      text: "https://example.kz/contact",
      href: "https://example.kz/contact",
    });
  });

  it("shows anything else as written, without a link", () => {
    expect(siteContact("+7 717 000 00 00")).toEqual({ text: "+7 717 000 00 00", href: "" });
    expect(siteContact("javascript:alert(1)")).toEqual({ text: "javascript:alert(1)", href: "" });
  });
});

describe(aboutPath, () => {
  it("names a section by its anchor", () => {
    expect(aboutPath("kk")).toBe("/kk/about");
    expect(aboutPath("ru", "corrections")).toBe("/ru/about#corrections");
  });
});
