import type { ReactNode } from "react";

import { Card } from "@/components/ui/card";
import { toDrawable, type ChartModel } from "@/lib/charts/model/model";
import type { CitedSource } from "@/lib/charts/model/cited-sources";
import { regionalNotPublishedLine } from "@/lib/charts/model/regional-note";

import { DEFAULT_CHART_PARAMS, toQueryString, type ChartParams } from "@/lib/charts/view/url-codec";
import { translator } from "@/lib/i18n/translate";
import { chartPath } from "@/lib/site";

import { MapBody, type MapViewPatch } from "@/components/map/map-body";

import { ChartBody } from "./chart-body";
import { DownloadMenu } from "./download-menu";
import { SourceLine } from "./source-line";
import { StaticCards } from "./static-cards";
import type { LoadWhen } from "./lazy-chart";
import { StatusBadge } from "./status-badge";

/** One chart: title, subtitle, status, the chart itself, a generated description, its table and its sources. */
export function ChartFigure({
  model,
  sources,
  permalink,
  display = "chart",
  headingLevel = 3,
  downloads,
  loadChart = "visible",
  viewHref,
  sourcesAt,
  controls,
  firstScreen,
  statusStated,
}: {
  model: ChartModel;
  sources: CitedSource[];
  /** Link to the chart on its own page (shown on the dashboard). */
  permalink?: string;
  /** "table" shows the table open instead of the chart. */
  display?: "chart" | "table";
  /** 1 on a chart's own page, 2 under a page's h1, 3 inside a dashboard section. */
  headingLevel?: 1 | 2 | 3;
  /** The view the downloads should reproduce; no download menu when absent. */
  downloads?: ChartParams;
  /** When the interactive chart loads; a chart that opens in view waits for the visitor's first move. */
  loadChart?: LoadWhen;
  /** Where a map's vote, comparison and release links go; by default the chart's own page. */
  viewHref?: (patch: MapViewPatch) => string;
  /** Where the full source list is, when not on this page: the sources get one short line. */
  sourcesAt?: string;
  /**
   * The view's controls (on a chart's own page; in an embed, the threshold's only): under the chart
   * and its description, so the page opens with the title and the chart rather than with buttons.
   */
  controls?: ReactNode;
  /** The chart opens on the page's first screen: its picture is fetched at once. */
  firstScreen?: boolean;
  /**
   * A revision whose status the page already states beside the chart (the dashboard's headline):
   * the chart's badge for that revision is left out rather than said twice on one screen.
   */
  statusStated?: string;
}) {
  const { locale } = model;
  const t = translator(locale);
  const Heading = (["h1", "h2", "h3"] as const)[headingLevel - 1]!;
  const titleId = `${model.id}-title`;
  const descId = `${model.id}-desc`;
  // The view the picture draws: the downloads', or the one the view links keep (an embed's).
  const viewQuery = downloads
    ? toQueryString(downloads)
    : viewHref
      ? (viewHref({}).split("?")[1] ?? "")
      : "";
  const tableHref =
    permalink &&
    chartPath(locale, model.id, toQueryString({ ...DEFAULT_CHART_PARAMS, type: "table" }));
  return (
    <Card className="min-w-0">
      <figure aria-labelledby={titleId} aria-describedby={descId} data-chart-id={model.id}>
        <div className="flex items-start justify-between gap-2">
          <Heading
            id={titleId}
            className={
              headingLevel === 1 ? "text-xl font-semibold sm:text-2xl" : "text-base font-semibold"
            }
          >
            {model.title}
          </Heading>
          {permalink && (
            <a
              href={permalink}
              className="no-print shrink-0 text-xs"
              aria-label={t("chart.openLabel", { title: model.title })}
            >
              {t("chart.open")}
            </a>
          )}
        </div>
        <p className="text-muted text-xs">{model.subtitle}</p>
        {model.status && model.status.revisionId !== statusStated && (
          <StatusBadge status={model.status.status} label={model.status.label} />
        )}
        {model.kind === "map" ? (
          <MapBody
            model={model}
            display={display}
            descId={descId}
            tableHref={tableHref}
            viewHref={
              viewHref ??
              ((patch) =>
                chartPath(locale, model.id, toQueryString({ ...DEFAULT_CHART_PARAMS, ...patch })))
            }
          />
        ) : (
          <ChartBody
            model={toDrawable(model)}
            display={display}
            descId={descId}
            loadWhen={loadChart}
            {...(model.kind === "cards" && { drawn: <StaticCards model={model} /> })}
            tableHref={tableHref}
            viewQuery={viewQuery}
            firstScreen={firstScreen}
          />
        )}
        {controls}
        {model.related && (
          <p className="mt-2 text-sm" data-related>
            <a href={chartPath(locale, model.related.id)}>{model.related.label}</a>
          </p>
        )}
        <SourceLine
          sources={sources}
          all={headingLevel === 1 && !sourcesAt}
          listHref={sourcesAt}
          newTab={!!sourcesAt}
          locale={locale}
        />
        {model.singleSource && (
          <p className="text-muted mt-1 text-xs" data-one-source>
            {translator(locale)("sourceLine.oneSource")}
          </p>
        )}
        {model.regionalNotPublished && (
          <p className="text-muted mt-1 text-xs" data-regional-not-published>
            {regionalNotPublishedLine(model.regionalNotPublished, locale)}
          </p>
        )}
        {downloads && (
          <DownloadMenu id={model.id} title={model.title} params={downloads} locale={locale} />
        )}
      </figure>
    </Card>
  );
}
