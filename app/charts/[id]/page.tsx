import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { ChartPageView } from "@/components/charts/chart-page-view";
import { toChartMetadata } from "@/lib/chart-metadata";
import { fetchChartView } from "@/lib/chart-view";
import { fetchSources } from "@/lib/data";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const dynamic = "force-dynamic";

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const view = await fetchChartView((await params).id, await searchParams);
  return view ? toChartMetadata(view) : { title: "Chart not found" };
}

export default async function ChartPage({ params, searchParams }: Props) {
  const [view, sources] = await Promise.all([
    fetchChartView((await params).id, await searchParams),
    fetchSources(),
  ]);
  if (!view) notFound();
  return (
    <ChartPageView
      view={view}
      sources={view.model.sourceIds.flatMap((id) => sources.filter((s) => s.id === id))}
    />
  );
}
