import type { RegionRelease } from "@/lib/charts/model/region-profile";
import { formatNumber } from "@/lib/format";
import { chartPath } from "@/lib/site";
import { DEFAULT_CHART_PARAMS, toQueryString } from "@/lib/charts/view/url-codec";

const MAP_ID = "kz-2022-turnout-map";

/** The unit's releases as a table: turnout, change, rank, the country, and a link to the map then. */
export function RegionReleases({ name, releases }: { name: string; releases: RegionRelease[] }) {
  return (
    <div
      className="max-w-full overflow-x-auto"
      tabIndex={0}
      role="region"
      aria-label={`${name}: turnout at each release`}
    >
      <table className="[&_tbody_tr]:border-border/60 w-full border-collapse text-left text-xs sm:text-sm [&_tbody_tr]:border-b [&_td]:px-2 [&_td]:py-1 [&_td]:text-right [&_td]:whitespace-nowrap [&_td]:tabular-nums [&_th]:px-2 [&_th]:py-1">
        <caption className="sr-only">{`${name}: turnout at each release, rank and change`}</caption>
        <thead>
          <tr className="border-border border-b">
            <th scope="col">Release</th>
            <th scope="col" className="text-right">
              Turnout
            </th>
            <th scope="col" className="text-right">
              Change
            </th>
            <th scope="col" className="text-right">
              Rank
            </th>
            <th scope="col" className="text-right">
              Kazakhstan
            </th>
            <th scope="col" className="text-right">
              Against the country
            </th>
          </tr>
        </thead>
        <tbody>
          {releases.map((r) => (
            <tr key={r.revisionId}>
              <th scope="row" className="font-normal">
                <a
                  href={chartPath(
                    MAP_ID,
                    toQueryString({ ...DEFAULT_CHART_PARAMS, release: r.releaseId }),
                  )}
                  aria-label={`${r.release}: the map at this release`}
                >
                  {r.release}
                </a>
              </th>
              <td>{formatNumber(r.turnout, "percent")}</td>
              <td>{r.change === null ? "–" : formatNumber(r.change, "points")}</td>
              <td>{`${r.rank} of ${r.of}`}</td>
              <td>{formatNumber(r.national, "percent")}</td>
              <td>{formatNumber(r.gap, "points")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
