import { ChartFigure } from "@/components/charts/chart-figure";
import { Card } from "@/components/ui/card";
import type { ChartModel } from "@/lib/charts/model/model";
import type { RegionProfile } from "@/lib/charts/model/region-profile";
import type { ChartParams } from "@/lib/charts/view/url-codec";
import type { Source } from "@/lib/data/schemas";
import { formatDate } from "@/lib/format";
import { chartPath, regionPath } from "@/lib/site";

import { RegionReleases } from "./region-releases";

/** A region's or city's page: its curve against the country's, its rank and changes, its sources. */
export function RegionView({
  profile,
  curve,
  curveParams,
  permalink,
  sources,
  others,
}: {
  profile: RegionProfile;
  curve: ChartModel;
  curveParams: ChartParams;
  permalink: string;
  sources: Source[];
  /** Every unit, for the links to the others. */
  others: { id: string; name: string }[];
}) {
  const { unit, releases } = profile;
  const used = (s: Source) =>
    releases.filter((r) => r.sourceIds.includes(s.id)).map((r) => r.release);
  return (
    <main id="main" className="mx-auto max-w-4xl px-4 py-6 sm:px-6 sm:py-10">
      <p className="no-print text-sm">
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- see chart-page-view.tsx */}
        <a href="/">← Back to the dashboard</a> ·{" "}
        <a href={chartPath("kz-2022-turnout-map")}>Map of all regions and cities</a>
      </p>
      <h1 className="mt-4 text-xl font-semibold sm:text-2xl">{unit.name}</h1>
      <p className="mt-2 text-sm">{profile.summary}</p>
      <div className="mt-4 space-y-4">
        <ChartFigure
          model={curve}
          sources={sources}
          permalink={permalink}
          downloads={curveParams}
          loadChart="interaction"
          headingLevel={2}
        />
        <Card>
          <h2 className="text-base font-semibold">Rank and change at each release</h2>
          <p className="text-muted text-xs">
            Rank among the {releases[0]?.of ?? 20} regions and cities (1 = highest turnout); change
            in percentage points since the release before. Each release links to the map as it
            stood.
          </p>
          <RegionReleases name={unit.name} releases={releases} />
        </Card>
        <Card>
          <h2 className="text-base font-semibold" id="sources">
            Sources
          </h2>
          <ul className="mt-2 space-y-1 text-sm">
            {sources.map((s) => (
              <li key={s.id}>
                {/* Underlined: in a line of plain text, colour alone does not mark a link. */}
                <a href={s.url} rel="noopener noreferrer" className="underline">
                  {s.title}
                </a>
                {` · ${s.publisher}${s.published ? `, ${formatDate(s.published)}` : ""} · ${used(s).length > 1 ? "releases" : "release"} ${used(s).join(", ")}`}
              </li>
            ))}
          </ul>
        </Card>
        <nav aria-label="Other regions and cities" className="no-print text-sm">
          <h2 className="text-base font-semibold">Other regions and cities</h2>
          <ul className="mt-2 flex flex-wrap gap-x-3 gap-y-1">
            {others.map((o) => (
              <li key={o.id}>
                <a href={regionPath(o.id)} aria-current={o.id === unit.id ? "page" : undefined}>
                  {o.name}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </main>
  );
}
