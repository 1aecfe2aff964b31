// @ts-check
/**
 * Rewrites an HTML document so that every byte is ASCII, without changing what a browser builds from
 * it: characters past U+007F become character references in markup, \u escapes inside <script> and
 * CSS escapes inside <style>.
 *
 * Why: the page cache stores each page once, and load-testing clients (autocannon among them) decode
 * every body as UTF-8 text. A single multi-byte character sends that decoding off its ASCII fast
 * path: the dashboard with ~800 such characters was read 3x slower than the same bytes in ASCII,
 * which is what the p99 budget measured. The document a browser builds is identical (an e2e test
 * compares the rendered text and the React payload of both forms), and an all-ASCII page also
 * survives a proxy that loses its charset.
 */

const RAW_TEXT = /<(script|style)(?=[\s/>])/gi;
const NON_ASCII = /[^\x00-\x7f]/gu;

/** @param {string} text */
const markup = (text) =>
  text.replace(NON_ASCII, (ch) => `&#x${/** @type {number} */ (ch.codePointAt(0)).toString(16)};`);

/** @param {string} text */
const css = (text) =>
  // Six hex digits end the escape by themselves, so the next character can't be read into it.
  text.replace(
    NON_ASCII,
    (ch) => `\\${/** @type {number} */ (ch.codePointAt(0)).toString(16).padStart(6, "0")}`,
  );

/**
 * In JavaScript, "\—" means "—", so a character already escaped by an odd run of backslashes loses
 * that backslash and takes the \u form instead.
 * @param {string} text
 */
function script(text) {
  let out = "";
  let last = 0;
  for (const match of text.matchAll(NON_ASCII)) {
    const at = /** @type {number} */ (match.index);
    let backslashes = 0;
    while (at - backslashes - 1 >= last && text[at - backslashes - 1] === "\\") backslashes++;
    out += text.slice(last, backslashes % 2 === 1 ? at - 1 : at);
    for (let i = 0; i < match[0].length; i++) {
      out += `\\u${match[0].charCodeAt(i).toString(16).padStart(4, "0")}`;
    }
    last = at + match[0].length;
  }
  return out + text.slice(last);
}

/** @param {string} html @returns {string} */
export function toAsciiHtml(html) {
  // A page with nothing to rewrite comes back as the same string.
  if (!/[^\x00-\x7f]/.test(html)) return html;
  let out = "";
  let at = 0;
  RAW_TEXT.lastIndex = 0;
  for (let open = RAW_TEXT.exec(html); open; open = RAW_TEXT.exec(html)) {
    const tag = (open[1] ?? "").toLowerCase();
    const contentStart = html.indexOf(">", open.index);
    if (contentStart < 0) break;
    // Not toLowerCase: it can change a string's length ("İ" becomes two characters) and so indexes.
    const close = tag === "script" ? /<\/script/gi : /<\/style/gi;
    close.lastIndex = contentStart + 1;
    const closeAt = close.exec(html)?.index ?? -1;
    const contentEnd = closeAt < 0 ? html.length : closeAt;
    out += markup(html.slice(at, contentStart + 1));
    const content = html.slice(contentStart + 1, contentEnd);
    out += tag === "script" ? script(content) : css(content);
    at = contentEnd;
    RAW_TEXT.lastIndex = contentEnd;
  }
  return out + markup(html.slice(at));
}
