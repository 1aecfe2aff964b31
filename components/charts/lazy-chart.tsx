"use client";

import { useEffect, useRef, useState, type ComponentType, type ReactNode } from "react";

import type { ChartModel } from "@/lib/charts/model";

type ChartComponent = ComponentType<{ model: ChartModel }>;

/**
 * Shows the server-rendered chart until the box scrolls into view, then loads the interactive chart.
 * Keeping recharts out of the first load keeps a phone's first visit small; the box keeps its
 * height throughout, so nothing shifts when the chart arrives.
 */
export function LazyChart({ model, children }: { model: ChartModel; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [Chart, setChart] = useState<ChartComponent | null>(null);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    let cancelled = false;
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      observer.disconnect();
      import("./recharts-chart").then((m) => {
        if (!cancelled) setChart(() => m.RechartsChart);
      });
    });
    observer.observe(el);
    return () => {
      cancelled = true;
      observer.disconnect();
    };
  }, []);

  return (
    <div ref={ref} style={{ height: model.height }} data-chart-ready={Chart ? "true" : "false"}>
      {Chart ? <Chart model={model} /> : children}
    </div>
  );
}
