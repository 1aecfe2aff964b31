"use client";

import { useEffect, useRef, useState, type ComponentType } from "react";

import type { DrawableChart } from "@/lib/charts/model/model";

import { StaticChart } from "./static-chart";

type ChartComponent = ComponentType<{ model: DrawableChart }>;

/** When the interactive chart code is fetched: once the box scrolls into view, or at the visitor's first move. */
export type LoadWhen = "visible" | "interaction";

const FIRST_MOVES = ["pointermove", "pointerdown", "touchstart", "keydown", "focusin", "wheel"];

function onFirstMove(load: () => void): () => void {
  const fire = () => {
    stop();
    load();
  };
  const stop = () => FIRST_MOVES.forEach((e) => window.removeEventListener(e, fire, true));
  FIRST_MOVES.forEach((e) => window.addEventListener(e, fire, { capture: true, passive: true }));
  return stop;
}

function onVisible(el: Element, load: () => void): () => void {
  const observer = new IntersectionObserver((entries) => {
    if (!entries.some((e) => e.isIntersecting)) return;
    observer.disconnect();
    load();
  });
  observer.observe(el);
  return () => observer.disconnect();
}

/**
 * Shows the chart drawn in plain HTML/SVG (what visitors without JavaScript get) until the interactive
 * chart is wanted, then swaps in recharts. Keeping recharts out of the first load keeps a phone's
 * first visit small; a chart that opens in view (its own page, an embed) waits for the visitor's
 * first move instead. The box keeps its height throughout, so nothing shifts.
 *
 * The static chart is drawn here, from the same `model` prop the interactive one needs, so the page
 * carries the chart's data once rather than also as a server-rendered element tree.
 */
export function LazyChart({ model, when = "visible" }: { model: DrawableChart; when?: LoadWhen }) {
  const ref = useRef<HTMLDivElement>(null);
  const [Chart, setChart] = useState<ChartComponent | null>(null);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    let cancelled = false;
    const load = () => {
      import("./recharts-chart").then(
        (m) => {
          if (!cancelled) setChart(() => m.RechartsChart);
        },
        // Offline, or a build replaced under an open page: the drawn chart is complete, so it stays.
        () => {},
      );
    };
    const stop = when === "visible" ? onVisible(el, load) : onFirstMove(load);
    return () => {
      cancelled = true;
      stop();
    };
  }, [when]);

  return (
    <div ref={ref} style={{ height: model.height }} data-chart-ready={Chart ? "true" : "false"}>
      {Chart ? <Chart model={model} /> : <StaticChart model={model} />}
    </div>
  );
}
