"use client";

import { useState, useSyncExternalStore } from "react";

/** The iframe and the few lines that let it take the height the chart reports. */
function embedCode(src: string, title: string, id: string): string {
  const frame = `<iframe src="${src}" title="${title.replace(/"/g, "&quot;")}" id="kz-chart-${id}" style="width:100%;border:0" height="560" loading="lazy"></iframe>`;
  const script = `<script>addEventListener("message",function(e){var d=e.data;if(d&&d.type==="kz-chart-height"&&d.id==="${id}"){var f=document.getElementById("kz-chart-${id}");if(f&&e.source===f.contentWindow)f.height=String(d.height)}})</script>`;
  return `${frame}\n${script}`;
}

const noSubscription = () => () => {};
const hasWebShare = () => typeof navigator.share === "function";

const BUTTON =
  "rounded border border-border bg-card px-3 py-1.5 text-sm hover:border-accent focus-visible:outline-2 focus-visible:outline-accent";

/** The bar's words in the page's language, from the server (the catalogues stay off the client). */
export interface ShareLabels {
  copyLink: string;
  linkCopied: string;
  blocked: string;
  share: string;
  copyEmbed: string;
  embedCopied: string;
}

/** Copy link, share (where the browser can) and copy embed code, with a visible confirmation. */
export function ShareBar({
  id,
  title,
  embedBase,
  labels,
}: {
  id: string;
  title: string;
  /** The embed's path in the page's language, "/ru/embed/<id>"; the view's query is added. */
  embedBase: string;
  labels: ShareLabels;
}) {
  const [message, setMessage] = useState("");
  // false on the server and in browsers without the Web Share API, so the markup hydrates cleanly.
  const canShare = useSyncExternalStore(noSubscription, hasWebShare, () => false);

  async function copy(text: string, done: string) {
    try {
      await navigator.clipboard.writeText(text);
      setMessage(done);
    } catch {
      setMessage(labels.blocked);
    }
  }

  return (
    <div className="no-print flex flex-wrap items-center gap-2" data-testid="share-bar">
      <button
        type="button"
        className={BUTTON}
        onClick={() => copy(window.location.href, labels.linkCopied)}
      >
        {labels.copyLink}
      </button>
      {canShare && (
        <button
          type="button"
          className={BUTTON}
          onClick={() =>
            navigator.share({ title, url: window.location.href }).catch(() => undefined)
          }
        >
          {labels.share}
        </button>
      )}
      <button
        type="button"
        className={BUTTON}
        onClick={() =>
          copy(
            embedCode(`${window.location.origin}${embedBase}${window.location.search}`, title, id),
            labels.embedCopied,
          )
        }
      >
        {labels.copyEmbed}
      </button>
      <p role="status" aria-live="polite" className="text-muted text-sm">
        {message}
      </p>
    </div>
  );
}
