import { Fragment } from "react";

import { langIfOther } from "@/lib/data/source-names";
import type { Locale } from "@/lib/i18n/locale";

/**
 * A sentence of the catalogue that quotes a title in another language (the article's English title
 * in the Kazakh and Russian introductions): the quoted title marked with its language, wherever the
 * translator put it in the sentence.
 */
export function WithForeignPhrase({
  text,
  phrase,
  lang,
  locale,
}: {
  text: string;
  phrase: string;
  lang: string;
  locale: Locale;
}) {
  const mark = langIfOther(lang, locale);
  if (!mark || !phrase || !text.includes(phrase)) return <>{text}</>;
  return (
    <>
      {text.split(phrase).map((piece, i) => (
        <Fragment key={i}>
          {i > 0 && <span lang={mark}>{phrase}</span>}
          {piece}
        </Fragment>
      ))}
    </>
  );
}
