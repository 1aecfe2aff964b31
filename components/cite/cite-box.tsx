import { CopyButton } from "@/components/ui/copy-button";
import type { Citations } from "@/lib/export/citation";
import type { Locale } from "@/lib/i18n/locale";
import { translator } from "@/lib/i18n/translate";

const FORMATS = [
  { key: "apa", name: "APA" },
  { key: "bibtex", name: "BibTeX" },
] as const;

/** How to cite what the page shows, in two formats, each ready to copy. Readable without JavaScript. */
export function CiteBox({
  citations,
  what,
  locale,
}: {
  citations: Citations;
  /** "this dashboard", "this chart": what is cited, in the reader's language. */
  what: string;
  locale: Locale;
}) {
  const t = translator(locale);
  return (
    <details className="border-border bg-card rounded-lg border p-4 text-sm" data-testid="cite-box">
      <summary className="text-accent cursor-pointer font-medium">
        {t("cite.summary", { what })}
      </summary>
      <p className="text-muted mt-2 text-xs">{t("cite.note")}</p>
      {FORMATS.map(({ key, name }) => (
        <div key={key} className="mt-3">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <p className="text-xs font-semibold tracking-wide uppercase">{name}</p>
            <CopyButton
              text={citations[key]}
              label={t("cite.copy", { format: name })}
              done={t("cite.copied", { format: name })}
              blocked={t("cite.blocked")}
            />
          </div>
          <pre
            className="bg-background mt-1 overflow-x-auto rounded p-2 text-xs break-words whitespace-pre-wrap"
            data-format={key}
          >
            {citations[key]}
          </pre>
        </div>
      ))}
    </details>
  );
}
