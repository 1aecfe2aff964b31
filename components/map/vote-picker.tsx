import type { Locale } from "@/lib/i18n/locale";
import { translator } from "@/lib/i18n/translate";

export interface PickerItem {
  id: string;
  label: string;
  href: string;
  current: boolean;
  /** What a screen reader hears, when the visible label is too short to say it. */
  name?: string;
}

/**
 * A labelled row of plain links, one per choice (the map's vote, or the vote it is compared with):
 * each choice is a URL that can be shared and works without JavaScript; the chosen one carries
 * aria-current.
 */
export function PickerRow({
  label,
  items,
  testId,
}: {
  label: string;
  items: PickerItem[];
  testId: string;
}) {
  return (
    <nav aria-label={label} className="no-print mt-3" data-testid={testId}>
      <p className="text-muted mb-1 text-xs" aria-hidden>
        {label}
      </p>
      <ul className="border-border bg-card grid grid-cols-2 gap-0.5 rounded-md border p-0.5 text-xs sm:flex sm:text-sm">
        {items.map((i) => (
          <li key={i.id} className="flex-1">
            {/* text-background!: the site's unlayered `a { color }` outranks a layered utility. */}
            {/* Attributes only where set: an undefined prop is written into the page's payload. */}
            <a
              href={i.href}
              {...(i.current && { "aria-current": "page" as const })}
              {...(i.name && { "aria-label": i.name })}
              className="aria-[current=page]:bg-foreground aria-[current=page]:text-background! block rounded px-1 py-1.5 text-center no-underline"
            >
              {i.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The map's two pickers: which vote it shows, and which vote (if any) it shows the change from. */
export function VotePickers({
  votes,
  vote,
  compare,
  hrefFor,
  locale,
}: {
  votes: { id: string; label: string; isDefault?: boolean }[];
  vote: string | undefined;
  compare: string | undefined;
  hrefFor: (patch: { vote?: string | null; compare?: string | null }) => string;
  locale: Locale;
}) {
  const t = translator(locale);
  const others = votes.filter((v) => v.id !== vote);
  return (
    <>
      <PickerRow
        label={t("map.voteNav")}
        testId="vote-picker"
        items={votes.map((v) => ({
          id: v.id,
          label: v.label,
          // A new vote starts at its newest release; a comparison with itself is dropped.
          href: hrefFor({
            vote: v.isDefault ? null : v.id,
            compare: compare === v.id ? null : (compare ?? null),
          }),
          current: v.id === vote,
        }))}
      />
      <PickerRow
        label={t("map.compareNav")}
        testId="compare-picker"
        items={[
          {
            id: "none",
            label: t("map.compareNone"),
            href: hrefFor({ compare: null }),
            current: compare === undefined,
          },
          ...others.map((v) => ({
            id: v.id,
            label: v.label,
            name: t("map.compareWith", { vote: v.label }),
            href: hrefFor({ compare: v.id }),
            current: v.id === compare,
          })),
        ]}
      />
    </>
  );
}
