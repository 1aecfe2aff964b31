"use client";

import { useState } from "react";

/** Copies a text and says so in a live region; says what to do instead when copying is blocked. */
export function CopyButton({
  text,
  label,
  done,
  blocked,
}: {
  text: string;
  label: string;
  done: string;
  /** What to do when the browser refuses to copy, in the page's language. */
  blocked: string;
}) {
  const [message, setMessage] = useState("");
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setMessage(done);
    } catch {
      setMessage(blocked);
    }
  }
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        onClick={copy}
        className="border-border bg-card hover:border-accent focus-visible:outline-accent rounded border px-2 py-0.5 text-xs focus-visible:outline-2"
      >
        {label}
      </button>
      <span role="status" aria-live="polite" className="text-muted text-xs">
        {message}
      </span>
    </span>
  );
}
