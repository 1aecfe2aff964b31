import { CopyButton } from "@/components/ui/copy-button";
import type { Citations } from "@/lib/export/citation";

const FORMATS = [
  { key: "apa", name: "APA" },
  { key: "bibtex", name: "BibTeX" },
] as const;

/** How to cite what the page shows, in two formats, each ready to copy. Readable without JavaScript. */
export function CiteBox({ citations, what }: { citations: Citations; what: string }) {
  return (
    <details className="border-border bg-card rounded-lg border p-4 text-sm" data-testid="cite-box">
      <summary className="text-accent cursor-pointer font-medium">Cite {what}</summary>
      <p className="text-muted mt-2 text-xs">
        Dated by the data revision shown, so everyone citing it gets the same text.
      </p>
      {FORMATS.map(({ key, name }) => (
        <div key={key} className="mt-3">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <p className="text-xs font-semibold tracking-wide uppercase">{name}</p>
            <CopyButton
              text={citations[key]}
              label={`Copy ${name}`}
              done={`${name} citation copied`}
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
