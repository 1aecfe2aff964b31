import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { describe, expect, it } from "vitest";

import en from "@/lib/i18n/messages/en.json" with { type: "json" };

import {
  catalogueKeys,
  productFiles,
  referencesIn,
  typedSources,
  unusedKeys,
} from "./catalogue-usage";

const ROOT = path.resolve(import.meta.dirname, "..");

describe("catalogue keys in use", () => {
  it("every key of the catalogues is reachable from the code that renders pages", () => {
    const keys = catalogueKeys(en);
    // Sanity: the walk found the catalogue, not an empty tree.
    expect(keys.length).toBeGreaterThan(500);
    // A key nothing reads still costs each language's translator and reviewer; remove it from all
    // three catalogues (lib/i18n/messages/*.json).
    const { files, checker } = typedSources(ROOT, productFiles(ROOT));
    expect(unusedKeys(keys, referencesIn(files, checker))).toEqual([]);
    // Building the program of every product file takes seconds, more on a busy machine.
  }, 60_000);

  describe("how a use is recognised", () => {
    const keys = catalogueKeys({
      nav: { back: "Back", home: "Home" },
      sections: { a: { title: "A" }, b: { title: "B", intro: "…" } },
      sources: { kind: { article: "article", record: "record" } },
      count: { one: "{count} item", other: "{count} items" },
    });

    it("takes a plural message as one key", () => {
      expect(keys).toContain("count");
      expect(keys).not.toContain("count.one");
    });

    it("counts a literal and a template, also one nested in another, and nothing in comments", () => {
      const refs = referencesIn([
        `// t("nav.back") in a comment uses nothing
         t("nav.home"); t(\`sections.\${id}.title\`); t("count", { count: 2 });
         const line = \`\${a} · \${t(\`sources.kind.\${s.kind}\`)}\`;`,
      ]);
      expect(unusedKeys(keys, refs)).toEqual(["nav.back", "sections.b.intro"]);
    });

    it("lets a template stand for one segment, not for a family of its own", () => {
      const refs = referencesIn(["t(`sections.${id}`); t(`${family}.${key}`);"]);
      expect(unusedKeys(keys, refs)).toEqual(keys);
    });

    it("with types, lets a template whose holes have a few known values stand for those keys only", () => {
      const dir = mkdtempSync(path.join(tmpdir(), "kz-keys-"));
      try {
        const file = path.join(dir, "a.ts");
        writeFileSync(
          file,
          `declare const t: (key: string) => string;
           const NAV = ["home"] as const;
           for (const id of NAV) t(\`nav.\${id}\`);
           declare const any: string;
           t(\`sources.kind.\${any}\`);`,
        );
        const { files, checker } = typedSources(ROOT, [file]);
        const typed = unusedKeys(keys, referencesIn(files, checker));
        // nav.back is dead beside a template that can only say nav.home; a hole of any string
        // still stands for its family.
        expect(typed).toContain("nav.back");
        expect(typed).not.toContain("nav.home");
        expect(typed).not.toContain("sources.kind.record");
        // Without types the same template covers the whole family.
        const untyped = unusedKeys(keys, referencesIn(files));
        expect(untyped).not.toContain("nav.back");
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it("counts a subtree handed to a client component whole", () => {
      const refs = referencesIn([`<Words words={messagesFor(locale, "sources")} />`]);
      expect(unusedKeys(keys, refs)).not.toContain("sources.kind.record");
      expect(unusedKeys(keys, refs)).toContain("nav.back");
    });
  });
});
