import vm from "node:vm";

import { describe, expect, it } from "vitest";

import { toAsciiHtml } from "./ascii-html.mjs";

const isAscii = (s: string) => /^[\x00-\x7f]*$/.test(s);
const scripts = (html: string) =>
  [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script\s*>/gi)].map((m) => m[1] ?? "");
/** What a script leaves in `out`: the strings the browser would get from it. */
const run = (source: string) => {
  const context = { out: [] as unknown[] };
  vm.runInNewContext(source, context);
  return context.out;
};
const decodeReferences = (s: string) =>
  s.replace(/&#x([0-9a-f]+);/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)));

describe(toAsciiHtml, () => {
  const page = [
    '<!DOCTYPE html><html lang="en"><head><title>Turnout – 69.44%</title>',
    '<style>.q::before{content:"≈"}</style></head>',
    '<body><p title="Tokayev’s share">≈ $17 billion · 81.31% · 😀</p>',
    '<script>out.push("a—b", "\\—", "\\\\—", "😀", "\u2028", [1,"0:{\\"t\\":\\"≈ 6,000\\"}"])</script>',
    "<SCRIPT type=\"application/ld+json\">out.push('Zhetysu – Жетісу')</Script >",
    "<p>after the scripts: Қарағанды</p></body></html>",
  ].join("");

  it("writes every character outside ASCII as an escape", () => {
    expect(isAscii(page)).toBe(false);
    expect(isAscii(toAsciiHtml(page))).toBe(true);
  });

  it("leaves what a browser reads from the markup unchanged", () => {
    const ascii = toAsciiHtml(page);
    const outside = (html: string) => html.replace(/<(script|style)[\s\S]*?<\/\1\s*>/gi, "");
    expect(decodeReferences(outside(ascii))).toBe(outside(page));
    expect(ascii).toContain('<p title="Tokayev&#x2019;s share">&#x2248; $17 billion');
    expect(ascii).toContain("&#x1f600;");
  });

  it("gives every script the same strings, escaped characters and astral ones included", () => {
    const before = scripts(page);
    const after = scripts(toAsciiHtml(page));
    expect(after).toHaveLength(2);
    after.forEach((source, i) => expect(run(source)).toEqual(run(before[i]!)));
    expect(run(after[0]!)).toEqual(["a—b", "—", "\\—", "😀", "\u2028", [1, '0:{"t":"≈ 6,000"}']]);
  });

  it("uses CSS escapes inside <style>", () => {
    expect(toAsciiHtml(page)).toContain('<style>.q::before{content:"\\002248"}</style>');
  });

  it("returns an all-ASCII page as it is, and copes with a script that never closes", () => {
    const ascii = '<p class="a">81.31%</p><script>out.push(1)</script>';
    expect(toAsciiHtml(ascii)).toBe(ascii);
    const cut = toAsciiHtml('<p>–</p><script>out.push("–")');
    expect(cut).toBe('<p>&#x2013;</p><script>out.push("\\u2013")');
  });
});
