import { LOCALES, type Locale } from "./locale";
import { placeholderNames } from "./message-format";

/** One problem in a UI catalogue: which language, which key, what is wrong. */
export interface CatalogueIssue {
  locale: Locale;
  key: string;
  message: string;
}

type Leaf = string | Record<string, string>;

/** The CLDR plural forms a language's messages must give (lib/i18n/format-locale.ts picks among them). */
export const PLURAL_FORMS: Record<Locale, readonly string[]> = {
  en: ["one", "other"],
  ru: ["one", "few", "many", "other"],
  kk: ["other"],
};
const CATEGORIES = new Set(["zero", "one", "two", "few", "many", "other"]);

function isPlural(node: unknown): node is Record<string, string> {
  return (
    typeof node === "object" &&
    node !== null &&
    "other" in node &&
    Object.keys(node).every((k) => CATEGORIES.has(k))
  );
}

/** Every message of a catalogue by its dotted key. */
export function leaves(tree: unknown, prefix = ""): Map<string, Leaf> {
  const out = new Map<string, Leaf>();
  if (typeof tree !== "object" || tree === null) return out;
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === "string" || isPlural(v)) out.set(key, v as Leaf);
    else if (typeof v === "object" && v !== null) for (const e of leaves(v, key)) out.set(...e);
    else out.set(key, v as never);
  }
  return out;
}

function placeholders(leaf: Leaf): Set<string> {
  const texts = typeof leaf === "string" ? [leaf] : Object.values(leaf);
  return new Set(texts.flatMap(placeholderNames));
}

/**
 * Each language has every English key, and nothing English lacks; each message is non-empty, keeps
 * English's {placeholders} and gives the plural forms its language needs. What `npm run validate`
 * reports for lib/i18n/messages/.
 */
export function checkCatalogues(catalogues: Record<Locale, unknown>): CatalogueIssue[] {
  const english = leaves(catalogues.en);
  const issues: CatalogueIssue[] = [];
  for (const locale of LOCALES) {
    const own = leaves(catalogues[locale]);
    const add = (key: string, message: string) => issues.push({ locale, key, message });
    for (const [key, en] of english) {
      const leaf = own.get(key);
      if (leaf === undefined) {
        add(key, "missing: no translation for this key");
        continue;
      }
      if (typeof leaf !== "string" && !isPlural(leaf)) {
        add(key, "must be a string or an object of plural forms");
        continue;
      }
      if (typeof en === "string" && typeof leaf !== "string")
        add(key, "is plural in this language but a plain string in English");
      const texts = typeof leaf === "string" ? [leaf] : Object.values(leaf);
      if (texts.some((t) => typeof t !== "string" || t.trim() === "")) add(key, "is empty");
      if (typeof leaf !== "string") {
        const lacking = PLURAL_FORMS[locale].filter((f) => !(f in leaf));
        if (lacking.length) add(key, `lacks the plural form(s) ${lacking.join(", ")}`);
      }
      const want = placeholders(en);
      const have = placeholders(leaf);
      const lost = [...want].filter((p) => !have.has(p));
      const added = [...have].filter((p) => !want.has(p));
      if (lost.length) add(key, `drops {${lost.join("}, {")}}`);
      if (added.length) add(key, `has {${added.join("}, {")}}, which English does not give`);
    }
    for (const key of own.keys())
      if (!english.has(key)) add(key, "is not an English key (renamed or removed?)");
  }
  return issues;
}
