"use client";

import { useEffect } from "react";

/** Tells the page that frames this embed how tall it is, whenever that changes. */
export function EmbedHeight({ id }: { id: string }) {
  useEffect(() => {
    if (window.parent === window) return;
    const post = () =>
      window.parent.postMessage(
        { type: "kz-chart-height", id, height: Math.ceil(document.documentElement.scrollHeight) },
        "*",
      );
    const observer = new ResizeObserver(post);
    observer.observe(document.body);
    post();
    return () => observer.disconnect();
  }, [id]);
  return null;
}
