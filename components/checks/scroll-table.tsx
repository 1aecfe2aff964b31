import type { ReactNode } from "react";

import { CHECK_TABLE } from "./table-style";

/** A table that scrolls sideways on a phone, reachable by keyboard, named by its caption. */
export function ScrollTable({
  caption,
  className = "mt-3",
  children,
}: {
  caption: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div
      className={`${className} max-w-full overflow-x-auto`}
      tabIndex={0}
      role="region"
      aria-label={caption}
    >
      <table className={CHECK_TABLE}>
        <caption className="sr-only">{caption}</caption>
        {children}
      </table>
    </div>
  );
}
