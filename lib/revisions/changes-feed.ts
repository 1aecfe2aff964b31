import { toChangeLog } from "./diff";
import type { DashboardData } from "../data/loader";
import { siteNameIn } from "../i18n/site-name";
import { resolveText, textContext } from "../text/resolve-text";
import { changeAnchor, changesFeedPath, changesPath } from "../site";

/** Text and attribute values in XML: the five characters that could end or open markup. */
export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!,
  );
}

/**
 * The change log (/<lang>/changes) as an Atom 1.0 feed in the data's language: one entry per change
 * between revisions, newest first, as the page lists them. An entry's id is its permalink, the
 * page's anchor for that change, which stays the same as long as the site's address does; updated
 * is the time the newer revision was published. `site` is the public address without a final slash.
 */
export function toChangesFeed(data: DashboardData, site: string): string {
  const locale = data.locale;
  const text = textContext(data);
  const t = text.t;
  const page = `${site}${changesPath(locale)}`;
  const log = toChangeLog(data);
  const entries = log.map((e) => {
    const link = `${page}#${changeAnchor(e.datasetId, e.to.id)}`;
    const revisions = t("changes.fromTo", {
      from: resolveText(e.from.label, text),
      to: resolveText(e.to.label, text),
    });
    const title = t("changesFeed.entryTitle", {
      dataset: resolveText(e.datasetTitle, text),
      revisions,
    });
    const summary = e.changes.map((c) => resolveText(c, text)).join("\n");
    return [
      "  <entry>",
      `    <id>${escapeXml(link)}</id>`,
      `    <title>${escapeXml(title)}</title>`,
      `    <updated>${escapeXml(toAtomDate(e.to.asOf))}</updated>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(link)}"/>`,
      `    <summary type="text">${escapeXml(summary)}</summary>`,
      "  </entry>",
    ].join("\n");
  });
  // The feed changed when its newest entry did; a log with none dates from no revision at all.
  const updated = log[0]?.to.asOf ?? "1970-01-01T00:00:00Z";
  const name = siteNameIn(locale);
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">`,
    `  <id>${escapeXml(page)}</id>`,
    `  <title>${escapeXml(t("changesFeed.title", { site: name, page: t("changes.title") }))}</title>`,
    `  <updated>${escapeXml(toAtomDate(updated))}</updated>`,
    `  <author><name>${escapeXml(name)}</name><uri>${escapeXml(site)}</uri></author>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(`${site}${changesFeedPath(locale)}`)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(page)}"/>`,
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}

/** RFC 3339 with seconds, as Atom wants it: the data's times carry an offset but may lack seconds. */
function toAtomDate(iso: string): string {
  return new Date(iso).toISOString();
}
