import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { ErrorWordsProvider } from "@/components/i18n/error-words";
import { LOCALES } from "@/lib/i18n/locale";
import { messagesFor } from "@/lib/i18n/messages-for";

import ErrorPage from "./error";

describe("the error page", () => {
  it.each(LOCALES)("speaks %s, with the words the layout hands it from the catalogue", (locale) => {
    const words = messagesFor(locale, "error");
    const html = renderToStaticMarkup(
      <ErrorWordsProvider words={words}>
        <ErrorPage error={new Error("boom")} reset={() => {}} />
      </ErrorWordsProvider>,
    );
    expect(html).toContain(`<h1 class="text-2xl font-semibold">${words.title}</h1>`);
    expect(html).toContain(words.retry);
    expect(html).not.toContain("boom");
  });
});
