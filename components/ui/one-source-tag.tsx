import type { Locale } from "@/lib/i18n/locale";
import { translator } from "@/lib/i18n/translate";

/** Marks a figure that rests on one source only (lib/data/single-source.ts). */
export function OneSourceTag({ locale }: { locale: Locale }) {
  return (
    <span
      className="border-border text-muted ms-2 inline-block rounded border px-1 align-middle text-xs font-normal"
      data-one-source
    >
      {translator(locale)("figures.oneSource")}
    </span>
  );
}
