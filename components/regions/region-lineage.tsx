import { Fragment, type ReactNode } from "react";

import type { Lineage, RegionVotes, UnitRef } from "@/lib/charts/model/region-votes";
import type { Source } from "@/lib/data/schemas";
import type { Locale } from "@/lib/i18n/locale";
import { translator } from "@/lib/i18n/translate";
import { resolveText, type TextContext } from "@/lib/text/resolve-text";
import { regionPath, sourceAnchor } from "@/lib/site";

// Stands in for the links while the sentence is translated, so each language keeps its word order.
const SLOT = "\u0000";

/** A translated sentence with its one slot replaced by links to the units' pages. */
function withLinks(sentence: string, units: readonly UnitRef[], text: TextContext): ReactNode {
  const [before, after] = sentence.split(SLOT);
  return (
    <>
      {before}
      {units.map((u, i) => (
        <Fragment key={u.id}>
          {i > 0 && ", "}
          <a href={regionPath(text.locale, u.id)} className="underline">
            {resolveText(u.name, text)}
          </a>
        </Fragment>
      ))}
      {after}
    </>
  );
}

/**
 * Where the unit came from, or which units were carved out of it: a line with links to their pages,
 * whose rows cover the territory before and after the change, and the source of the change.
 */
export function RegionLineage({
  votes,
  sources,
  locale,
  text,
}: {
  votes: RegionVotes;
  sources: readonly Source[];
  locale: Locale;
  text: TextContext;
}) {
  const t = translator(locale);
  const lines: { key: string; text: ReactNode }[] = [];
  const from: Lineage | undefined = votes.createdFrom;
  if (from)
    lines.push({
      key: "created",
      text: withLinks(
        t("regionVotes.created", { date: resolveText(from.date, text), from: SLOT }),
        from.units,
        text,
      ),
    });
  for (const s of votes.splitOff)
    lines.push({
      key: s.on,
      text: withLinks(
        t("regionVotes.splitOff", {
          count: s.units.length,
          date: resolveText(s.date, text),
          units: SLOT,
        }),
        s.units,
        text,
      ),
    });
  if (!lines.length) return null;
  const cited = sources.filter((s) => votes.lineageSourceIds.includes(s.id));
  return (
    <div className="mt-3 text-sm" data-lineage>
      {lines.map((l) => (
        <p key={l.key}>{l.text}</p>
      ))}
      {cited.length > 0 && (
        <p className="text-muted text-xs">
          {t("sourceLine.label", { count: cited.length })}{" "}
          {cited.map((s, i) => (
            <Fragment key={s.id}>
              {i > 0 && ", "}
              <a href={`#${sourceAnchor(s.id)}`} className="underline">
                {s.publisher}
              </a>
            </Fragment>
          ))}
        </p>
      )}
    </div>
  );
}
