import { PickerRow } from "@/components/map/vote-picker";
import { formatNumber } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locale";
import { translator } from "@/lib/i18n/translate";

/**
 * The what-if threshold of a seat allocation: one plain link per threshold, so each view is a URL
 * that works without JavaScript; the law's threshold (the first) is the default and says so.
 */
export function ThresholdPicker({
  thresholds,
  current,
  hrefFor,
  locale,
}: {
  /** Thresholds in percent as the URL writes them, the law's first. */
  thresholds: string[];
  current: string | null;
  hrefFor: (threshold: string | null) => string;
  locale: Locale;
}) {
  if (thresholds.length < 2) return null;
  const t = translator(locale);
  const items = thresholds
    .map((id, i) => ({ id, isLaw: i === 0, value: Number(id) }))
    .sort((a, b) => a.value - b.value)
    .map(({ id, isLaw, value }) => {
      const shown = formatNumber(value, "percent", 0, locale);
      return {
        id,
        label: isLaw ? t("seats.thresholdLaw", { threshold: shown }) : shown,
        href: hrefFor(isLaw ? null : id),
        current: isLaw ? current === null : current === id,
      };
    });
  return <PickerRow label={t("seats.thresholdNav")} items={items} testId="threshold-picker" />;
}
