"use client";

import { useSyncExternalStore } from "react";

import { parseTheme, THEME_STORAGE_KEY, THEMES, type Theme } from "@/lib/ui/theme";

/** The group's name and each choice's, in the page's language (from the server: no catalogue here). */
export type ThemeLabels = { group: string } & Record<Theme, string>;

// The <html data-theme> attribute is the single source of truth: the boot script sets it before the
// first paint and the buttons change it, so the pressed state is read from it rather than duplicated.
function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributeFilter: ["data-theme"] });
  return () => observer.disconnect();
}
const current = (): Theme => parseTheme(document.documentElement.getAttribute("data-theme"));
const onServer = (): Theme => "system";

function choose(next: Theme): void {
  document.documentElement.setAttribute("data-theme", next);
  try {
    if (next === "system") localStorage.removeItem(THEME_STORAGE_KEY);
    else localStorage.setItem(THEME_STORAGE_KEY, next);
  } catch {
    // Storage blocked: the choice lasts for this page only.
  }
}

/** Three pressed-state buttons; the choice is kept in this browser. */
export function ThemeToggle({ labels }: { labels: ThemeLabels }) {
  const theme = useSyncExternalStore(subscribe, current, onServer);
  return (
    <div
      role="group"
      aria-label={labels.group}
      className="no-print border-border bg-card inline-flex rounded-md border p-0.5 text-xs"
    >
      {THEMES.map((t) => (
        <button
          key={t}
          type="button"
          aria-pressed={theme === t}
          onClick={() => choose(t)}
          className="aria-pressed:bg-foreground aria-pressed:text-background focus-visible:outline-accent rounded px-2 py-1 focus-visible:outline-2"
        >
          {labels[t]}
        </button>
      ))}
    </div>
  );
}
