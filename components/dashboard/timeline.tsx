import { formatDate } from "@/lib/format";
import type { Event, Source } from "@/lib/data/schemas";
import { langIfOther, shownTitleLanguage } from "@/lib/data/source-names";
import type { Locale } from "@/lib/i18n/locale";
import { translator } from "@/lib/i18n/translate";

/** The dated events of 2022 in order, each with its sources. */
export function Timeline({
  events,
  sources,
  locale,
}: {
  events: Event[];
  sources: Source[];
  locale: Locale;
}) {
  const t = translator(locale);
  const sorted = [...events].sort((a, b) => a.start.localeCompare(b.start));
  return (
    <ol className="border-border relative border-l-2 pl-5">
      {sorted.map((e) => (
        <li key={e.id} className="mb-6 last:mb-0" data-event-id={e.id}>
          <span
            aria-hidden
            className="bg-chart-1 absolute -left-[7px] mt-1.5 block size-3 rounded-full"
          />
          <p className="text-sm font-semibold tabular-nums">
            <time dateTime={e.start}>{formatDate(e.start, locale)}</time>
            {e.end && (
              <>
                {" – "}
                <time dateTime={e.end}>{formatDate(e.end, locale)}</time>
              </>
            )}
            <span className="text-muted font-normal"> · {e.place}</span>
          </p>
          <h3 className="font-medium">{e.title}</h3>
          <p className="text-sm">{e.description}</p>
          <p className="text-muted text-xs">
            {t("timeline.sources")}{" "}
            {e.sourceIds.map((id, i) => {
              const s = sources.find((x) => x.id === id);
              return (
                <span key={id}>
                  {i > 0 && "; "}
                  {s ? (
                    <a
                      href={s.url}
                      rel="noopener noreferrer"
                      title={s.title}
                      lang={langIfOther(shownTitleLanguage(s, locale), locale)}
                      className="underline"
                    >
                      {/* The title (the tooltip) may be in another language; the publisher is in the page's. */}
                      {shownTitleLanguage(s, locale) === locale ? (
                        s.publisher
                      ) : (
                        <span lang={locale}>{s.publisher}</span>
                      )}
                    </a>
                  ) : (
                    id
                  )}
                </span>
              );
            })}
          </p>
        </li>
      ))}
    </ol>
  );
}
