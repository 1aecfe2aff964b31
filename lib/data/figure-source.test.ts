import { describe, expect, it } from "vitest";

import { citationParts, formatCitation } from "./figure-source";
import type { Source } from "./schemas";

const article: Source = {
  id: "a",
  title: "Birth of New Kazakhstan (Part 2)",
  publisher: "Sailau News",
  url: "https://sailaunews.kz/page35361543.html",
  published: "2023-03-24",
  kind: "article",
  language: "en",
};

describe(formatCitation, () => {
  it("names title, publisher, date and place in the article", () => {
    expect(formatCitation(article, { section: "Mandate of Trust", paragraph: 2 }, "en")).toBe(
      "“Birth of New Kazakhstan (Part 2)”, Sailau News, 24 Mar 2023 · Mandate of Trust ¶2",
    );
  });
  it("leaves out what is unknown", () => {
    expect(formatCitation({ ...article, published: null }, undefined, "en")).toBe(
      "“Birth of New Kazakhstan (Part 2)”, Sailau News",
    );
  });
});

describe(citationParts, () => {
  const russian: Source = {
    ...article,
    id: "r",
    title: "Official results announced",
    originalTitle: "Объявлены официальные итоги",
    publisher: "«Рудный Алтай»",
    language: "ru",
  };

  it("gives each piece the language it is written in, for the page to mark", () => {
    const parts = citationParts(article, { section: "Mandate of Trust", paragraph: 2 }, "kk");
    expect(parts.title).toEqual({ text: article.title, lang: "en" });
    expect(parts.section).toEqual({ heading: "Mandate of Trust", lang: "en", paragraph: 2 });
    expect(parts.rest).toBe(", Sailau News, 2023 жылғы 24 наурыз");
  });

  it("says a Russian headline is Russian on Kazakh and Russian pages, and the English rendering English", () => {
    for (const locale of ["kk", "ru"] as const)
      expect(citationParts(russian, undefined, locale).title).toEqual({
        text: russian.originalTitle,
        lang: "ru",
      });
    expect(citationParts(russian, undefined, "en").title).toEqual({
      text: russian.title,
      lang: "en",
    });
  });
});
