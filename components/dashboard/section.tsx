import type { ReactNode } from "react";

/** A titled dashboard section with an anchor, so it can be linked to directly. */
export function Section({
  id,
  title,
  intro,
  children,
}: {
  id: string;
  title: string;
  intro?: string;
  children: ReactNode;
}) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="mt-12 scroll-mt-4">
      <h2 id={`${id}-heading`} className="text-xl font-semibold sm:text-2xl">
        {title}
      </h2>
      {intro && <p className="text-muted mt-1 max-w-3xl text-sm">{intro}</p>}
      <div className="mt-4">{children}</div>
    </section>
  );
}
