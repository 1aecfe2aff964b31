"use client";

import type { AnchorHTMLAttributes } from "react";

/**
 * A link to the same page in another language that keeps what the reader changed since it loaded:
 * on click it takes the current query and fragment (a chart's view, a section), which the server
 * could not know. Without JavaScript the rendered href, with the view the page was served with, is followed.
 */
export function KeepViewLink(props: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  return (
    <a
      {...props}
      onClick={(e) => {
        const target = new URL(props.href, window.location.href);
        e.currentTarget.href = `${target.pathname}${window.location.search}${window.location.hash}`;
      }}
    />
  );
}
