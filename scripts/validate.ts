/** `npm run validate`: prints every problem in the data directory and exits 1, or a one-line summary. */
import { readDataDir, resolveDataDir } from "../lib/data/store";
import { formatIssues } from "../lib/data/validation-issue";

const dir = resolveDataDir();
const result = await readDataDir(dir);
if (!result.ok) {
  console.error(formatIssues(result.issues));
  console.error(`\n${result.issues.length} problem(s) in ${dir}; nothing in it was changed.`);
  process.exit(1);
}
const { data } = result;
const revisions = [...data.elections, ...data.turnouts].reduce((n, d) => n + d.revisions.length, 0);
console.log(
  `data OK (${dir}): ${data.sources.length} sources, ${data.figures.length} figures, ${data.events.length} events, ` +
    `${data.elections.length} elections and ${data.turnouts.length} turnout series with ${revisions} revisions`,
);
