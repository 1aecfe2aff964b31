"use client";

import { useEffect, useState, type ComponentProps } from "react";

import { fetchRevisionState, sameRevisions } from "@/lib/revisions/current";

import type { RevisionWatcher } from "./revision-watcher";

type Watcher = typeof RevisionWatcher;

/**
 * The watcher shows nothing until a new revision appears, so its code (SWR included) is fetched only
 * when it has something to do: at once if a plain request finds the page already behind (a cached
 * copy served after an update), else when its first poll is due or the reader comes back to the tab.
 * A phone's first load then carries none of it. A plain import(): next/dynamic's loader added more to
 * every page than the split saved.
 */
export function DeferredRevisionWatcher(props: ComponentProps<Watcher>) {
  const [Loaded, setLoaded] = useState<Watcher | null>(null);
  const { initial, intervalSeconds } = props;
  useEffect(() => {
    let live = true;
    let asked = false;
    const load = () => {
      if (asked) return;
      asked = true;
      import("./revision-watcher").then(
        (m) => live && setLoaded(() => m.RevisionWatcher),
        // Offline, or a build replaced under the open page: the page is complete without the
        // watcher, which tries again when the connection is back.
        () => {
          asked = false;
          if (live) window.addEventListener("online", load, { once: true });
        },
      );
    };
    fetchRevisionState()
      .then((now) => !sameRevisions(now, initial) && load())
      .catch(() => {});
    const due = window.setTimeout(load, intervalSeconds * 1000);
    const onShow = () => document.visibilityState === "visible" && load();
    document.addEventListener("visibilitychange", onShow);
    return () => {
      live = false;
      window.clearTimeout(due);
      document.removeEventListener("visibilitychange", onShow);
      window.removeEventListener("online", load);
    };
  }, [initial, intervalSeconds]);
  // The live region is in the page from the start, so screen readers announce the offer when it
  // appears inside it (a region inserted together with its text is often not read out).
  return (
    <div role="status" className="no-print">
      {Loaded && <Loaded {...props} />}
    </div>
  );
}
