"use client";

import { useLayoutEffect, useRef, useState } from "react";

/**
 * The width of the element `ref` is put on, measured before the first paint and again whenever it
 * changes: a chart picks its layout (columns or bars, how wide its names are) from it, so the first
 * frame already has the right one.
 */
export function useBoxWidth<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState<number | undefined>(undefined);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    setWidth(el.clientWidth);
    const observer = new ResizeObserver(() => setWidth(el.clientWidth));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}
