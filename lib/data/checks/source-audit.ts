import type { DataSet } from "../dataset";
import type { Source } from "../schemas";
import { issue, type ValidationIssue } from "../validation-issue";
import { FILES } from "./references";
import { exitPollSourceIds } from "./exit-polls";
import { fieldSources } from "../field-sources";

/** A host name that serves a site's test or staging copy, not what its readers see. */
const NON_PUBLIC_HOST = /^(?:test|staging|stage|dev|beta|preview)\./;

/**
 * Each source is cited at its publisher's own public address: not a test host, and not a known
 * mirror (sources.json lists the mirrors found, with the site each copies).
 */
export function checkSourceAddresses(
  sources: readonly Source[],
  mirrors: readonly { host: string; of: string }[] = [],
): ValidationIssue[] {
  return sources.flatMap((s, i) => {
    const host = URL.canParse(s.url) ? new URL(s.url).hostname.replace(/\.$/, "") : "";
    const mirror = mirrors.find((m) => host === m.host || host.endsWith(`.${m.host}`));
    if (mirror)
      return [
        issue(
          FILES.sources,
          ["sources", i, "url"],
          `${host} is a mirror of ${mirror.of}; cite the page on ${mirror.of} (a note may say where it was found)`,
        ),
      ];
    if (NON_PUBLIC_HOST.test(host))
      return [
        issue(
          FILES.sources,
          ["sources", i, "url"],
          `${host} is a test or staging host; cite the page on the public site (a note may say where it was found)`,
        ),
      ];
    return [];
  });
}

/** Every source supports something: a source nothing cites is either a mistake or a loose end. */
export function checkSourcesCited(data: DataSet): ValidationIssue[] {
  const revisions = [
    ...data.elections.flatMap((d) => d.revisions),
    ...data.turnouts.flatMap((d) => d.revisions),
  ];
  const cited = new Set<string>([
    data.figuresSourceId,
    data.twinCities.sourceId,
    ...data.events.flatMap((e) => e.sourceIds),
    ...data.elections.flatMap((e) => e.meta.seats?.methodSourceIds ?? []),
    ...data.units.flatMap((u) => u.sourceIds ?? []),
    ...data.turnouts.flatMap((t) => t.meta.pollsClose?.sourceIds ?? []),
    ...revisions.flatMap((r) => [...r.sourceIds, ...(r.confirmingSourceIds ?? [])]),
    ...data.elections.flatMap((e) =>
      e.revisions.flatMap((r) => [
        ...(r.observers?.sourceIds ?? []),
        ...(r.observers?.otherReadings ?? []).flatMap((o) => o.sourceIds),
      ]),
    ),
    ...data.elections.flatMap((e) =>
      e.revisions.flatMap((r) =>
        fieldSources(r).flatMap(([, byField]) => Object.values(byField).flat()),
      ),
    ),
    ...data.elections.flatMap((e) =>
      e.revisions.flatMap((r) => r.chamber?.readings.flatMap((x) => x.sourceIds) ?? []),
    ),
    ...exitPollSourceIds(data),
    ...data.observers.flatMap((f) => [...f.sourceIds, ...(f.reply?.sourceIds ?? [])]),
  ]);
  return data.sources.flatMap((s, i) =>
    cited.has(s.id)
      ? []
      : [
          issue(
            FILES.sources,
            ["sources", i, "id"],
            `"${s.id}" is cited by no figure, event or revision; cite it where it supports a figure, or remove it`,
          ),
        ],
  );
}
