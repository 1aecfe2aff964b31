import type { CitedSource } from "@/lib/charts/model/cited-sources";
import { SourceLink } from "@/components/ui/source-link";
import type { Locale } from "@/lib/i18n/locale";
import { translator } from "@/lib/i18n/translate";

/** Sources grouped by publisher, in the order each publisher is first cited. */
function byPublisher(sources: CitedSource[]): { publisher: string; sources: CitedSource[] }[] {
  const groups = new Map<string, CitedSource[]>();
  for (const s of sources) groups.set(s.publisher, [...(groups.get(s.publisher) ?? []), s]);
  return [...groups].map(([publisher, list]) => ({ publisher, sources: list }));
}

/**
 * A chart's sources, each publisher named once. On the chart's own page every article is listed
 * under its publisher; elsewhere (the dashboard, an embed) the first two publishers are named, with
 * how many articles each gave, and the rest are counted and left to the full list at `listHref`.
 */
export function SourceLine({
  sources,
  all,
  locale,
  listHref = "#sources",
  newTab = false,
}: {
  sources: CitedSource[];
  all: boolean;
  locale: Locale;
  listHref?: string;
  /** Links leave the frame: an embed's reader goes on reading the host's page. */
  newTab?: boolean;
}) {
  const t = translator(locale);
  const away = newTab ? { target: "_blank" } : {};
  const groups = byPublisher(sources);
  if (all)
    return (
      <div className="text-muted mt-3 text-xs" data-testid="chart-sources" id="sources">
        <p>{t("sourceLine.label", { count: groups.length })}</p>
        <ul className="mt-1 flex flex-col gap-1">
          {groups.map((g) => (
            <li key={g.publisher}>
              <span data-publisher className="text-foreground">
                {g.publisher}
              </span>
              {": "}
              {g.sources.map((s, i) => (
                <span key={s.id}>
                  {i > 0 && "; "}
                  <SourceLink source={s} locale={locale} />
                  {s.confirming && <span data-confirming> ({t("sourceLine.confirming")})</span>}
                </span>
              ))}
            </li>
          ))}
        </ul>
      </div>
    );
  const shown = groups.slice(0, 2);
  const more = groups.length - shown.length;
  return (
    <p className="text-muted mt-3 text-xs" data-testid="chart-sources">
      {t("sourceLine.label", { count: groups.length })}{" "}
      {shown.map((g, i) => (
        <span key={g.publisher}>
          {i > 0 && "; "}
          {g.sources.length === 1 ? (
            <a href={g.sources[0]!.url} rel="noopener noreferrer" data-publisher {...away}>
              {g.publisher}
            </a>
          ) : (
            <a href={listHref} {...away}>
              <span data-publisher>{g.publisher}</span>
              {t("sourceLine.articles", { count: g.sources.length })}
            </a>
          )}
        </span>
      ))}
      {more > 0 && (
        <>
          {" "}
          {t("sourceLine.and")}{" "}
          <a href={listHref} {...away}>
            {t("sourceLine.more", { count: more })}
          </a>
        </>
      )}
    </p>
  );
}
