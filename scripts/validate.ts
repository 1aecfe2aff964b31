/**
 * `npm run validate`: prints every problem in the data directory and in the UI's catalogues
 * (lib/i18n/messages/) and exits 1, or a one-line summary. Temp files of interrupted ingests are
 * named too, as warnings: the data is whole without them (they are never read), and the next
 * ingest removes them. So are Kazakh and Russian pages whose own headline data/sources.json lacks
 * (lib/data/checks/source-titles.ts). Sources nothing cites fail here, not in every read of a data
 * directory: a scratch copy that holds part of election night (the live tests, ingest's own) cites
 * fewer.
 */
import { readDataDir, resolveDataDir } from "../lib/data/store";
import { formatIssue, formatIssues } from "../lib/data/validation-issue";
import { checkSourcesCited } from "../lib/data/checks/source-audit";
import { sourcesWithoutOriginalTitle } from "../lib/data/checks/source-titles";
import { toDerivedFigures } from "../lib/data/derived";
import { singleSourceCount } from "../lib/data/single-source";
import { describeLeftover, findLeftovers } from "../lib/ingest/atomic";
import { checkCatalogues } from "../lib/i18n/check-messages";
import { NUMBER_WORDS } from "../lib/i18n/number-words";
import { CATALOGUES } from "../lib/i18n/translate";

const catalogueIssues = [
  ...checkCatalogues(CATALOGUES).map((i) => ({ ...i, file: `lib/i18n/messages/${i.locale}.json` })),
  ...checkCatalogues(NUMBER_WORDS).map((i) => ({
    ...i,
    file: `lib/i18n/numbers/${i.locale}.json`,
  })),
];
if (catalogueIssues.length) {
  for (const i of catalogueIssues) console.error(`${i.file}: ${i.key}: ${i.message}`);
  console.error(`\n${catalogueIssues.length} problem(s) in the UI catalogues.`);
}

const dir = resolveDataDir();
for (const leftover of await findLeftovers(dir))
  console.error(`warning: ${describeLeftover(leftover)}`);
const result = await readDataDir(dir);
if (!result.ok) {
  console.error(formatIssues(result.issues));
  console.error(`\n${result.issues.length} problem(s) in ${dir}; nothing in it was changed.`);
  process.exit(1);
}
const { data } = result;
const uncited = checkSourcesCited(data);
if (uncited.length) {
  console.error(formatIssues(uncited));
  console.error(`\n${uncited.length} problem(s) in ${dir}; nothing in it was changed.`);
  process.exit(1);
}
// Warnings: the data is whole without them, and only a copy of the page can supply the headline.
for (const w of sourcesWithoutOriginalTitle(data.sources))
  console.error(`warning: ${formatIssue(w)}`);
const revisions = [...data.elections, ...data.turnouts].reduce((n, d) => n + d.revisions.length, 0);
if (catalogueIssues.length) process.exit(1);
console.log(
  `data OK (${dir}): ${data.sources.length} sources, ${data.figures.length} figures, ${data.events.length} events, ` +
    `${data.elections.length} elections and ${data.turnouts.length} turnout series with ${revisions} revisions`,
);
const single = singleSourceCount(data, toDerivedFigures(data, "en"));
console.log(
  `resting on one source (marked wherever a page shows them): ${single.figures.length} of the article's figures, ` +
    `${single.derived.length} derived figures, ${single.revisions.length} revisions` +
    (single.revisions.length ? ` (${single.revisions.join(", ")})` : "") +
    `, ${single.counts.length} counts beside a result` +
    (single.counts.length ? ` (${single.counts.join(", ")})` : ""),
);
