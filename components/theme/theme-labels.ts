import type { Locale } from "@/lib/i18n/locale";
import { translator } from "@/lib/i18n/translate";

import type { ThemeLabels } from "./theme-toggle";

export function themeLabels(locale: Locale): ThemeLabels {
  const t = translator(locale);
  return {
    group: t("theme.group"),
    system: t("theme.system"),
    light: t("theme.light"),
    dark: t("theme.dark"),
  };
}
