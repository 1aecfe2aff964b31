import { formerYears } from "@/lib/data/name-on";
import type { FormerName } from "@/lib/data/names-schema";
import type { Locale } from "@/lib/i18n/locale";
import { translator } from "@/lib/i18n/translate";

/** One line per name the unit bore before (Astana: Nur-Sultan, 2019–2022), under its heading. */
export function FormerNames({ formerly, locale }: { formerly: FormerName[]; locale: Locale }) {
  const t = translator(locale);
  return formerly.map((f) => (
    <p key={f.id} className="text-muted mt-1 text-sm" data-testid="former-name">
      {t("places.formerName", { name: f[locale], ...formerYears(f) })}
    </p>
  ));
}
