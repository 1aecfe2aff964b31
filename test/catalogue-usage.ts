import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import ts from "typescript";

/**
 * Which catalogue keys the code can reach. A key counts as used when a string literal in the code
 * is the key itself, or when a template literal could produce it (`sections.${id}.title` covers
 * every `sections.<one segment>.title`). Parsed with the TypeScript compiler, so templates nested in
 * templates and strings in comments are told apart. A subtree handed whole to a client component
 * (`messagesFor(locale, "error")`) counts whole. So does a family read through a template: a dead
 * `nav.x` beside `t(\`nav.${id}\`)` is not caught.
 */
export type KeyReferences = { literals: Set<string>; patterns: RegExp[]; subtrees: Set<string> };

export function referencesIn(sources: string[]): KeyReferences {
  const literals = new Set<string>();
  const patterns: RegExp[] = [];
  const subtrees = new Set<string>();
  for (const text of sources) {
    const file = ts.createSourceFile(
      "x.tsx",
      text,
      ts.ScriptTarget.Latest,
      false,
      ts.ScriptKind.TSX,
    );
    const visit = (node: ts.Node): void => {
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))
        literals.add(node.text);
      else if (ts.isTemplateExpression(node)) {
        const parts = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)];
        // Only a template that starts with a key's first segment names a family: `${a}.${b}`
        // would otherwise cover every two-segment key.
        if (/^[A-Za-z][\w-]*\./.test(parts[0]!))
          patterns.push(new RegExp(`^${parts.map(escapeRegExp).join("[^.]+")}$`));
      } else if (
        ts.isCallExpression(node) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === "messagesFor" &&
        node.arguments[1] &&
        ts.isStringLiteral(node.arguments[1])
      )
        subtrees.add(node.arguments[1].text);
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return { literals, patterns, subtrees };
}

const PLURAL_FORMS = new Set(["zero", "one", "two", "few", "many", "other"]);

/** Every key of a catalogue as `t()` takes it: a plural message is one key, not one per form. */
export function catalogueKeys(tree: Record<string, unknown>, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([name, value]) => {
    const key = prefix ? `${prefix}.${name}` : name;
    if (typeof value === "string") return [key];
    const children = value as Record<string, unknown>;
    if ("other" in children && Object.keys(children).every((k) => PLURAL_FORMS.has(k)))
      return [key];
    return catalogueKeys(children, key);
  });
}

export function unusedKeys(keys: string[], refs: KeyReferences): string[] {
  return keys.filter(
    (k) =>
      !refs.literals.has(k) &&
      !refs.patterns.some((p) => p.test(k)) &&
      ![...refs.subtrees].some((s) => k.startsWith(`${s}.`)),
  );
}

/** The code that renders pages, charts and images: app/, components/ and lib/, tests left out. */
export function productSources(root: string): string[] {
  return ["app", "components", "lib"].flatMap((dir) =>
    (readdirSync(path.join(root, dir), { recursive: true }) as string[])
      .filter((f) => /\.(ts|tsx|mjs)$/.test(f) && !/\.test\.tsx?$/.test(f))
      .map((f) => readFileSync(path.join(root, dir, f), "utf8")),
  );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
