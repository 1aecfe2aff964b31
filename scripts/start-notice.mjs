/**
 * What `npm start` and `next build` say about themselves, so a first start that spends minutes
 * building, and Next.js's listing of the experiments next.config.mjs switches, are not mistaken
 * for a hang or a failure.
 */

/** Why next.config.mjs sets each experiment; a key without an entry here fails the unit test. */
const WHY = {
  isrFlushToDisk:
    "re-rendered pages stay in memory, so the build stays as built and servers sharing one .next never read each other's pages",
};

/**
 * One line per experiment set in next.config.mjs. Next.js prints each under "Experiments (use with
 * caution)" with ✓ when on and a red ⨯ when off; the ⨯ is a setting, not a failure.
 * @param {Record<string, unknown>} experimental
 * @returns {string[]}
 */
export function experimentNotes(experimental) {
  return Object.entries(experimental).map(([key, value]) => {
    const why = WHY[/** @type {keyof typeof WHY} */ (key)];
    if (!why)
      throw new Error(
        `next.config.mjs sets experimental.${key}: say why in scripts/start-notice.mjs`,
      );
    return value === false
      ? `Note: Next.js lists "⨯ ${key}" under Experiments below. ⨯ means switched off, and this project switches it off on purpose (next.config.mjs): ${why}. It is not an error.`
      : `Note: Next.js lists "${key}" under Experiments below, set on purpose (next.config.mjs): ${why}.`;
  });
}

/**
 * What `npm start` says before it builds: that it builds, and for how long, from the last build
 * timed in this checkout (seconds), or the usual time on a 2-core machine.
 * @param {number | undefined} lastSeconds
 */
export function buildNotice(lastSeconds) {
  const took =
    lastSeconds === undefined
      ? "this takes 1 to 3 minutes on a 2-core machine"
      : `the last build here took ${lastSeconds < 90 ? "about a minute" : `about ${Math.round(lastSeconds / 60)} minutes`}`;
  return `Building the site first (no build of the current sources yet): ${took}; the server starts when it is done.`;
}
