import type { ElectionDataset } from "@/lib/data/dataset";

interface DownloadSet {
  title: string;
  base: string;
  csv: string;
}

/** Every download set of the dashboard as plain links: the figures, and each election's results. */
export function DataDownloads({ elections }: { elections: ElectionDataset[] }) {
  const sets: DownloadSet[] = [
    { title: "Every figure (article and derived)", base: "/api/figures", csv: "/api/figures.csv" },
    ...elections.map((e) => ({
      title: e.meta.title,
      base: `/api/elections/${encodeURIComponent(e.meta.id)}`,
      csv: `/api/elections/${encodeURIComponent(e.meta.id)}/results.csv`,
    })),
  ];
  return (
    <div
      className="border-border bg-card rounded-lg border p-4 text-sm"
      data-testid="data-downloads"
    >
      <h3 className="font-semibold">Download the data</h3>
      <p className="text-muted mt-1 text-xs">
        CSV (UTF-8, RFC 4180), or a zip with the CSV, a README and a Frictionless Data Package
        describing each column&apos;s type and unit. Each chart has its own downloads too.
      </p>
      <ul className="mt-3 space-y-2">
        {sets.map((s) => (
          <li key={s.base} className="flex flex-wrap gap-x-3 gap-y-1">
            <span>{s.title}:</span>
            <a href={s.csv} download>
              CSV
            </a>
            <a href={`${s.base}/download.zip`} download>
              Zip
            </a>
            <a href={`${s.base}/datapackage.json`}>Data package</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
