import { toQueryString, type ChartParams } from "@/lib/charts/view/url-codec";
import type { ChartView } from "@/lib/charts/view/fetch-view";
import { toControlLabels } from "@/lib/charts/model/control-labels";
import type { CitedSource } from "@/lib/charts/model/cited-sources";
import type { PageCitation } from "@/lib/export/page-citation";
import { CiteBox } from "@/components/cite/cite-box";
import { JsonLd } from "@/components/ui/json-ld";
import { translator } from "@/lib/i18n/translate";
import type { TextContext } from "@/lib/text/resolve-text";
import { chartPath, embedPath, turnoutChecksPath } from "@/lib/site";
import { SiteHeader } from "@/components/site/site-header";

import { ChartControls } from "./chart-controls";
import { controlWords } from "./control-words";
import { ChartFigure } from "./chart-figure";
import { InvalidParamsNotice } from "./notice";
import { PinnedBanner } from "./pinned-banner";
import { ShareBar } from "./share-bar";
import { ThresholdPicker } from "./threshold-picker";

/** A chart on its own page: the title and the chart, then its view controls, sharing and citation. */
export function ChartPageView({
  view,
  sources,
  cite,
  text,
}: {
  view: ChartView;
  sources: CitedSource[];
  cite: PageCitation;
  /** What the pinned revision's change is put into words with: the data as the reader sees it. */
  text: TextContext;
}) {
  const { locale } = view.model;
  const t = translator(locale);
  const query = toQueryString(view.params, view.extra);
  const viewHref = (patch: Partial<ChartParams>) =>
    chartPath(locale, view.model.id, toQueryString({ ...view.params, ...patch }, view.extra));
  return (
    <>
      <SiteHeader locale={locale} pathIn={(l) => chartPath(l, view.model.id, query)} />
      <main id="main" className="mx-auto max-w-4xl px-4 py-6 sm:px-6 sm:py-10">
        <JsonLd data={cite.jsonLd} />
        <div className="space-y-4">
          <InvalidParamsNotice keys={view.invalid} locale={locale} />
          {view.pinnedChange && (
            <PinnedBanner
              change={view.pinnedChange}
              text={text}
              latestHref={viewHref({ asOf: null })}
            />
          )}
          <ChartFigure
            model={view.model}
            sources={sources}
            display={view.params.type === "table" ? "table" : "chart"}
            headingLevel={1}
            loadChart="interaction"
            downloads={view.params}
            viewHref={viewHref}
            controls={
              <>
                <ChartControls
                  key={toQueryString(view.params)}
                  options={view.options}
                  params={view.params}
                  extra={view.extra}
                  labels={toControlLabels(view.base, view.options)}
                  words={controlWords(locale)}
                />
                <ThresholdPicker
                  thresholds={view.options.thresholdIds}
                  current={view.params.threshold}
                  hrefFor={(threshold) => viewHref({ threshold })}
                  locale={locale}
                />
              </>
            }
          />
          {view.model.id === "kz-2022-turnout-map" && (
            <p className="no-print text-sm">
              <a href={turnoutChecksPath(locale)} className="underline">
                {t("checks.linkLine")}
              </a>
            </p>
          )}
          <ShareBar
            id={view.model.id}
            title={view.model.title}
            embedBase={embedPath(locale, view.model.id)}
            labels={{
              copyLink: t("share.copyLink"),
              linkCopied: t("share.linkCopied"),
              blocked: t("share.blocked"),
              share: t("share.share"),
              copyEmbed: t("share.copyEmbed"),
              embedCopied: t("share.embedCopied"),
            }}
          />
          <CiteBox citations={cite.citations} what={t("cite.chart")} locale={locale} />
        </div>
      </main>
    </>
  );
}
