"use client";

import { useEffect, useState, type ComponentProps } from "react";

import type { RevisionWatcher } from "./revision-watcher";

type Watcher = typeof RevisionWatcher;

/**
 * The watcher shows nothing until a new revision appears, so its code (SWR included) is fetched once
 * the page has hydrated instead of adding to the task that starts the page up (on a chart page at 4x
 * CPU throttle that task fell from ~300 to ~200 ms). A plain import(): next/dynamic's loader added
 * more to every page than the split saved.
 */
export function DeferredRevisionWatcher(props: ComponentProps<Watcher>) {
  const [Loaded, setLoaded] = useState<Watcher | null>(null);
  useEffect(() => {
    let live = true;
    const load = () => {
      import("./revision-watcher").then(
        (m) => live && setLoaded(() => m.RevisionWatcher),
        // Offline, or a build replaced under the open page: the page is complete without the
        // watcher, which tries again when the connection is back.
        () => live && window.addEventListener("online", load, { once: true }),
      );
    };
    load();
    return () => {
      live = false;
      window.removeEventListener("online", load);
    };
  }, []);
  // The live region is in the page from the start, so screen readers announce the offer when it
  // appears inside it (a region inserted together with its text is often not read out).
  return (
    <div role="status" className="no-print">
      {Loaded && <Loaded {...props} />}
    </div>
  );
}
