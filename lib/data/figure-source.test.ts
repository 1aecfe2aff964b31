import { describe, expect, it } from "vitest";

import { formatCitation } from "./figure-source";
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
