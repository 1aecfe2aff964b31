import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { ChartFigure } from "@/components/charts/chart-figure";
import { EmbedHeight } from "@/components/charts/embed-height";
import { toChartMetadata } from "@/lib/chart-metadata";
import { toQueryString } from "@/lib/chart-params";
import { fetchChartView } from "@/lib/chart-view";
import { fetchSources } from "@/lib/data";
import { chartPath } from "@/lib/site";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const dynamic = "force-dynamic";

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const view = await fetchChartView((await params).id, await searchParams);
  return view
    ? { ...toChartMetadata(view), robots: { index: false } }
    : { title: "Chart not found" };
}

export default async function EmbedPage({ params, searchParams }: Props) {
  const [view, sources] = await Promise.all([
    fetchChartView((await params).id, await searchParams),
    fetchSources(),
  ]);
  if (!view) notFound();
  const permalink = chartPath(view.model.id, toQueryString(view.params, view.extra));
  return (
    <main id="main" className="p-2">
      <ChartFigure
        model={view.model}
        sources={view.model.sourceIds.flatMap((id) => sources.filter((s) => s.id === id))}
        display={view.params.type === "table" ? "table" : "chart"}
        headingLevel={1}
      />
      <p className="mt-1 text-right text-xs">
        <a href={permalink} target="_blank" rel="noopener">
          Open on the Kazakhstan 2022 dashboard ↗
        </a>
      </p>
      <EmbedHeight id={view.model.id} />
    </main>
  );
}
