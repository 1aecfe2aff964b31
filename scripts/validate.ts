/**
 * `npm run validate`: prints every problem in the data directory and in the UI's catalogues
 * (lib/i18n/messages/) and exits 1, or a one-line summary. Temp files of interrupted ingests are
 * named too, as warnings: the data is whole without them (they are never read), and the next
 * ingest removes them.
 */
import { readDataDir, resolveDataDir } from "../lib/data/store";
import { formatIssues } from "../lib/data/validation-issue";
import { describeLeftover, findLeftovers } from "../lib/ingest/atomic";
import { checkCatalogues } from "../lib/i18n/check-messages";
import { CATALOGUES } from "../lib/i18n/translate";

const catalogueIssues = checkCatalogues(CATALOGUES);
if (catalogueIssues.length) {
  for (const i of catalogueIssues)
    console.error(`lib/i18n/messages/${i.locale}.json: ${i.key}: ${i.message}`);
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
const revisions = [...data.elections, ...data.turnouts].reduce((n, d) => n + d.revisions.length, 0);
if (catalogueIssues.length) process.exit(1);
console.log(
  `data OK (${dir}): ${data.sources.length} sources, ${data.figures.length} figures, ${data.events.length} events, ` +
    `${data.elections.length} elections and ${data.turnouts.length} turnout series with ${revisions} revisions`,
);
