import { toQueryString, type ChartParams, DEFAULT_CHART_PARAMS } from "@/lib/charts/view/url-codec";
import type { Locale } from "@/lib/i18n/locale";
import { translator } from "@/lib/i18n/translate";
import { langPair } from "@/lib/site";

/** Every way to take the chart away: data as shown or in full, a zip with citation, and images. Plain links: no JavaScript needed. */
export function DownloadMenu({
  id,
  title,
  params = DEFAULT_CHART_PARAMS,
  locale,
}: {
  id: string;
  title: string;
  params?: ChartParams;
  locale: Locale;
}) {
  const t = translator(locale);
  // Images and CSV labels in the page's language; the CSV's values are the same in every language.
  const lang = langPair(locale);
  const query = toQueryString(params, lang);
  // The full data of the revision shown: a pinned one, or the release a map is coloured by.
  const pinned = toQueryString(
    {
      ...DEFAULT_CHART_PARAMS,
      asOf: params.asOf,
      vote: params.vote,
      release: params.release,
      compare: params.compare,
    },
    lang,
  );
  const base = `/api/charts/${id}`;
  const items = [
    {
      href: `${base}/data.csv${toQueryString(params, [["view", "current"], ...lang])}`,
      label: t("downloads.csvShown"),
      testId: "csv-current",
    },
    { href: `${base}/data.csv${pinned}`, label: t("downloads.csvFull"), testId: "csv-full" },
    {
      href: `${base}/download.zip${pinned}`,
      label: t("downloads.zipAll"),
      testId: "zip",
    },
    { href: `${base}/image.png${query}`, label: t("downloads.png"), testId: "png" },
    { href: `${base}/image.svg${query}`, label: t("downloads.svg"), testId: "svg" },
    {
      href: `${base}/metadata.json${pinned}`,
      label: t("downloads.metadata"),
      testId: "metadata",
      plain: true,
    },
    {
      href: `${base}/datapackage.json${pinned}`,
      label: t("downloads.datapackage"),
      testId: "datapackage",
      plain: true,
    },
  ];
  return (
    <details className="no-print relative mt-2 text-sm">
      <summary
        className="text-accent min-h-6 w-fit cursor-pointer py-0.5"
        aria-label={t("downloads.label", { title })}
      >
        {t("downloads.download")}
      </summary>
      <ul className="border-border bg-card mt-2 flex flex-col gap-1 rounded border p-2">
        {items.map((item) => (
          <li key={item.testId}>
            <a
              href={item.href}
              {...(!item.plain && { download: true })}
              data-download={item.testId}
            >
              {item.label}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
