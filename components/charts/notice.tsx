import type { Locale } from "@/lib/i18n/locale";
import { translator } from "@/lib/i18n/translate";

/** A quiet note that some link settings were ignored; the default view is shown for them. */
export function InvalidParamsNotice({ keys, locale }: { keys: string[]; locale: Locale }) {
  if (keys.length === 0) return null;
  return (
    <p
      role="note"
      className="border-border bg-card text-muted rounded border px-3 py-2 text-sm"
      data-testid="invalid-params"
    >
      {translator(locale)("notice.invalid", { keys: keys.join(", ") })}
    </p>
  );
}
