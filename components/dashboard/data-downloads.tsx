import type { ElectionDataset } from "@/lib/data/dataset";
import type { Locale } from "@/lib/i18n/locale";
import { translator } from "@/lib/i18n/translate";

interface DownloadSet {
  title: string;
  base: string;
  csv: string;
}

/**
 * Every download set of the dashboard as plain links: the figures, the regional turnout of every vote,
 * and each election's results.
 */
export function DataDownloads({
  elections,
  locale,
}: {
  elections: ElectionDataset[];
  locale: Locale;
}) {
  const t = translator(locale);
  // The CSVs label their rows in the page's language; the values are the same in all three.
  const lang = locale === "en" ? "" : `?lang=${locale}`;
  const sets: DownloadSet[] = [
    { title: t("downloads.everyFigure"), base: "/api/figures", csv: "/api/figures.csv" },
    { title: t("regionalCsv.title"), base: "/api/regions", csv: `/api/regions/turnout.csv${lang}` },
    ...elections.map((e) => ({
      title: e.meta.title,
      base: `/api/elections/${encodeURIComponent(e.meta.id)}`,
      csv: `/api/elections/${encodeURIComponent(e.meta.id)}/results.csv${lang}`,
    })),
  ];
  return (
    <div
      className="border-border bg-card rounded-lg border p-4 text-sm"
      data-testid="data-downloads"
    >
      <h3 className="font-semibold">{t("downloads.title")}</h3>
      <p className="text-muted mt-1 text-xs">{t("downloads.intro")}</p>
      <ul className="mt-3 space-y-2">
        {sets.map((s) => (
          <li key={s.base} className="flex flex-wrap gap-x-3 gap-y-1">
            <span>{s.title}:</span>
            <a href={s.csv} download>
              CSV
            </a>
            <a href={`${s.base}/download.zip`} download>
              {t("downloads.zip")}
            </a>
            <a href={`${s.base}/datapackage.json`}>{t("downloads.dataPackage")}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
