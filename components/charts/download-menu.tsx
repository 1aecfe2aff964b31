import { toQueryString, type ChartParams, DEFAULT_CHART_PARAMS } from "@/lib/charts/view/url-codec";

/** Every way to take the chart away: data as shown or in full, a zip with citation, and images. Plain links: no JavaScript needed. */
export function DownloadMenu({
  id,
  title,
  params = DEFAULT_CHART_PARAMS,
}: {
  id: string;
  title: string;
  params?: ChartParams;
}) {
  const query = toQueryString(params);
  // The full data of the revision shown: a pinned one, or the release a map is coloured by.
  const pinned = toQueryString({
    ...DEFAULT_CHART_PARAMS,
    asOf: params.asOf,
    release: params.release,
  });
  const base = `/api/charts/${id}`;
  const items = [
    {
      href: `${base}/data.csv${toQueryString(params, [["view", "current"]])}`,
      label: "CSV, as shown",
      testId: "csv-current",
    },
    { href: `${base}/data.csv${pinned}`, label: "CSV, full data", testId: "csv-full" },
    {
      href: `${base}/download.zip${pinned}`,
      label: "Zip: CSV, metadata, data package and README",
      testId: "zip",
    },
    { href: `${base}/image.png${query}`, label: "PNG image", testId: "png" },
    { href: `${base}/image.svg${query}`, label: "SVG image", testId: "svg" },
    {
      href: `${base}/metadata.json${pinned}`,
      label: "Metadata and citation (JSON)",
      testId: "metadata",
      plain: true,
    },
    {
      href: `${base}/datapackage.json${pinned}`,
      label: "Frictionless Data Package (JSON)",
      testId: "datapackage",
      plain: true,
    },
  ];
  return (
    <details className="no-print relative mt-2 text-sm">
      <summary
        className="text-accent min-h-6 w-fit cursor-pointer py-0.5"
        aria-label={`Download “${title}”`}
      >
        Download
      </summary>
      <ul className="border-border bg-card mt-2 flex flex-col gap-1 rounded border p-2">
        {items.map((item) => (
          <li key={item.testId}>
            <a
              href={item.href}
              download={item.plain ? undefined : true}
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
