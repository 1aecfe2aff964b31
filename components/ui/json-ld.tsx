import { serializeJsonLd } from "@/lib/export/json-ld";

/** Structured data for search engines; not run by the browser, so the CSP does not apply to it. */
export function JsonLd({ data }: { data: Record<string, unknown> }) {
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }}
    />
  );
}
