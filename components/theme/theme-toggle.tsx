"use client";

import { useState } from "react";

import { THEME_COOKIE, THEMES, type Theme } from "@/lib/theme";

const LABEL: Record<Theme, string> = { system: "Auto", light: "Light", dark: "Dark" };

function applyTheme(next: Theme): void {
  document.documentElement.setAttribute("data-theme", next);
  document.cookie = `${THEME_COOKIE}=${next}; path=/; max-age=31536000; samesite=lax`;
}

/** Three pressed-state buttons; the choice is kept in a cookie so the server renders the right theme. */
export function ThemeToggle({ initial }: { initial: Theme }) {
  const [theme, setTheme] = useState<Theme>(initial);
  function choose(next: Theme) {
    setTheme(next);
    applyTheme(next);
  }
  return (
    <div
      role="group"
      aria-label="Colour theme"
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
          {LABEL[t]}
        </button>
      ))}
    </div>
  );
}
