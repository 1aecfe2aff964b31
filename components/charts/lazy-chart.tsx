"use client";

import { useEffect, useRef, useState, type ComponentType } from "react";

import type { DrawableChart } from "@/lib/charts/model/model";
import { chartImagePath, PAGE_IMAGE_SOURCES, PAGE_IMAGE_WIDE } from "@/lib/site";

type ChartComponent = ComponentType<{ model: DrawableChart }>;

/**
 * When the interactive chart code is fetched: at the visitor's first move, and for "visible" only
 * once the box is in view as well. No chart code loads before the reader does anything: the drawn
 * picture is complete, and a phone's first screen stays small even when it opens on a chart.
 */
export type LoadWhen = "visible" | "interaction";

// "scroll" too: a page scrolled by a link's anchor or by a script is being read.
const FIRST_MOVES = [
  "pointermove",
  "pointerdown",
  "touchstart",
  "keydown",
  "focusin",
  "wheel",
  "scroll",
];

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

type ChosenTheme = "light" | "dark" | undefined;

/**
 * The theme a reader chose on the site (lib/ui/theme.ts sets it on <html>). An image cannot see
 * it: its own colours follow the system unless its URL says otherwise.
 */
function useChosenTheme(): ChosenTheme {
  const [theme, setTheme] = useState<ChosenTheme>(undefined);
  useEffect(() => {
    const html = document.documentElement;
    const read = () => {
      const t = html.getAttribute("data-theme");
      setTheme(t === "light" || t === "dark" ? t : undefined);
    };
    read();
    const observer = new MutationObserver(read);
    observer.observe(html, { attributes: true, attributeFilter: ["data-theme"] });
    return () => observer.disconnect();
  }, []);
  return theme;
}

/**
 * Shows the chart as an SVG drawn on the server (what visitors without JavaScript get) until the
 * interactive chart is wanted, then swaps in recharts. Keeping recharts out of the first load keeps
 * a phone's first visit small. The box keeps its height throughout, so nothing shifts.
 *
 * The picture's alt is empty: the figure's title, description and data table beside it say what it
 * shows, and a screen reader would otherwise hear the chart twice.
 */
export function LazyChart({
  model,
  when = "visible",
  viewQuery,
  firstScreen = false,
}: {
  model: DrawableChart;
  when?: LoadWhen;
  /**
   * The picture is on the page's first screen (a dashboard's lead chart): fetched at once and first,
   * as it is the largest thing a reader sees there, rather than when the browser finds it in view.
   */
  firstScreen?: boolean;
  /** The view's query (type, sort, highlight…), so the picture draws the same view. */
  viewQuery: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [Chart, setChart] = useState<ChartComponent | null>(null);
  const theme = useChosenTheme();

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
    let stopVisible = () => {};
    const stopMove = onFirstMove(() => {
      if (when === "visible") stopVisible = onVisible(el, load);
      else load();
    });
    return () => {
      cancelled = true;
      stopMove();
      stopVisible();
    };
  }, [when]);

  const src = (w: number) =>
    chartImagePath(model.locale, model.id, viewQuery, { w, h: model.height }, theme);
  // A chart that opens in view has the page to itself (its own page, a region's, an embed).
  const wide = when === "interaction" ? PAGE_IMAGE_WIDE.full : PAGE_IMAGE_WIDE.twoAcross;
  const eager = when === "interaction" || firstScreen;
  return (
    <div ref={ref} style={{ height: model.height }} data-chart-ready={Chart ? "true" : "false"}>
      {Chart ? (
        <Chart model={model} />
      ) : (
        <picture>
          {PAGE_IMAGE_SOURCES.map((s) => (
            <source key={s.w} media={s.media} srcSet={src(s.w)} />
          ))}
          <img
            src={src(wide)}
            width={wide}
            height={model.height}
            alt=""
            loading={eager ? "eager" : "lazy"}
            fetchPriority={eager ? "high" : undefined}
            className="h-full w-full"
            data-static-chart=""
          />
        </picture>
      )}
    </div>
  );
}
