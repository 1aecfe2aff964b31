import { describe, expect, it } from "vitest";

import { checkCatalogues } from "./check-messages";
import { CATALOGUES } from "./translate";

const en = {
  nav: { back: "Back", count: { one: "{count} chart", other: "{count} charts" } },
  greeting: "Hello, {name}",
};

function problems(ru: unknown, kk: unknown): string[] {
  return checkCatalogues({ en, ru, kk }).map((i) => `${i.locale} ${i.key}: ${i.message}`);
}

describe(checkCatalogues, () => {
  it("passes the real catalogues: every key in every language, placeholders and plurals kept", () => {
    expect(checkCatalogues(CATALOGUES)).toEqual([]);
  });

  it("passes complete catalogues", () => {
    const ru = {
      nav: {
        back: "Назад",
        count: {
          one: "{count} график",
          few: "{count} графика",
          many: "{count} графиков",
          other: "{count} графика",
        },
      },
      greeting: "Здравствуйте, {name}",
    };
    const kk = {
      nav: { back: "Артқа", count: { other: "{count} график" } },
      greeting: "Сәлем, {name}",
    };
    expect(problems(ru, kk)).toEqual([]);
  });

  it("names each missing key, lost placeholder, missing plural form and stray key", () => {
    const ru = {
      nav: { count: { one: "{count} график", other: "{count} графика" } },
      greeting: "Здравствуйте",
      extra: "Лишнее",
    };
    const kk = { nav: { back: "", count: "{count} график" }, greeting: "Сәлем, {name} {who}" };
    expect(problems(ru, kk)).toEqual([
      "kk nav.back: is empty",
      "kk greeting: has {who}, which English does not give",
      "ru nav.back: missing: no translation for this key",
      "ru nav.count: lacks the plural form(s) few, many",
      "ru greeting: drops {name}",
      "ru extra: is not an English key (renamed or removed?)",
    ]);
  });
});
