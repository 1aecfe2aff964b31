import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { ChartPageView } from "@/components/charts/chart-page-view";
import { toChartMetadata } from "@/lib/chart-metadata";
import { fetchChartView } from "@/lib/chart-view";
import { LiveUpdates } from "@/components/live/live-updates";
import { fetchDashboardData } from "@/lib/data";

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
  const [view, data] = await Promise.all([
    fetchChartView((await params).id, await searchParams),
    fetchDashboardData(),
  ]);
  if (!view) notFound();
  const sources = view.model.sourceIds.flatMap((id) => data.sources.filter((s) => s.id === id));
  return (
    <>
      <ChartPageView view={view} sources={sources} />
      <LiveUpdates data={data} />
    </>
  );
}
