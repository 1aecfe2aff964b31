import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import ts from "typescript";

/**
 * Which catalogue keys the code can reach. A key counts as used when a string literal in the code
 * is the key itself, or when a template literal could produce it. With the type checker, a template
 * whose every hole has a finite set of string values (`nav.${id}` with `id` of type "home" | "about")
 * stands for exactly those keys; any other template stands for its family (`sections.${id}.title`
 * covers every `sections.<one segment>.title`), so a dead key there is not caught. Parsed with the
 * TypeScript compiler, so templates nested in templates and strings in comments are told apart. A
 * subtree handed whole to a client component (`messagesFor(locale, "error")`) counts whole.
 */
export type KeyReferences = { literals: Set<string>; patterns: RegExp[]; subtrees: Set<string> };

/** More keys than this from one template is a family, not a list. */
const MAX_EXPANSION = 200;

/** The string values an expression can take, when its type says they are finitely many. */
function valuesOf(expr: ts.Expression, checker: ts.TypeChecker): string[] | undefined {
  const type = checker.getTypeAtLocation(expr);
  const parts = type.isUnion() ? type.types : [type];
  const values = parts.map((t) =>
    t.isStringLiteral() || t.isNumberLiteral() ? String(t.value) : undefined,
  );
  return values.every((v) => v !== undefined) ? (values as string[]) : undefined;
}

/** Every string a template can produce, when each hole's values are known and few. */
function expand(node: ts.TemplateExpression, checker: ts.TypeChecker): string[] | undefined {
  let out = [node.head.text];
  for (const span of node.templateSpans) {
    const values = valuesOf(span.expression, checker);
    if (!values || out.length * values.length > MAX_EXPANSION) return undefined;
    out = out.flatMap((prefix) => values.map((v) => prefix + v + span.literal.text));
  }
  return out;
}

export function referencesIn(
  sources: (string | ts.SourceFile)[],
  checker?: ts.TypeChecker,
): KeyReferences {
  const literals = new Set<string>();
  const patterns: RegExp[] = [];
  const subtrees = new Set<string>();
  for (const source of sources) {
    const file =
      typeof source === "string"
        ? ts.createSourceFile("x.tsx", source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TSX)
        : source;
    const visit = (node: ts.Node): void => {
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))
        literals.add(node.text);
      else if (ts.isTemplateExpression(node)) {
        const keys = checker && expand(node, checker);
        const parts = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)];
        if (keys) keys.forEach((k) => literals.add(k));
        // Only a template that starts with a key's first segment names a family: `${a}.${b}`
        // would otherwise cover every two-segment key.
        else if (/^[A-Za-z][\w-]*\./.test(parts[0]!))
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
export function productFiles(root: string): string[] {
  return ["app", "components", "lib"].flatMap((dir) =>
    (readdirSync(path.join(root, dir), { recursive: true }) as string[])
      .filter((f) => /\.(ts|tsx|mjs)$/.test(f) && !/\.test\.tsx?$/.test(f))
      .map((f) => path.join(root, dir, f)),
  );
}

export function productSources(root: string): string[] {
  return productFiles(root).map((f) => readFileSync(f, "utf8"));
}

/** The files as one TypeScript program with the project's settings, so templates' holes have types. */
export function typedSources(
  root: string,
  files: string[],
): { files: ts.SourceFile[]; checker: ts.TypeChecker } {
  const config = ts.readConfigFile(path.join(root, "tsconfig.json"), (f) => ts.sys.readFile(f));
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  // Only these files, not what they import from packages (React's and Next.js's types): a hole's
  // values come from the project's own constants, and a program of the whole dependency tree takes
  // ten times as long to build.
  const program = ts.createProgram(files, {
    ...options,
    noEmit: true,
    allowJs: true,
    noResolve: true,
    types: [],
    lib: ["lib.es2022.d.ts"],
  });
  return {
    files: files.map((f) => program.getSourceFile(f)!),
    checker: program.getTypeChecker(),
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
