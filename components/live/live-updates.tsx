import type { DataSet } from "@/lib/data/dataset";
import { toRevisionState } from "@/lib/revisions/current";
import type { Locale } from "@/lib/i18n/locale";
import { translator } from "@/lib/i18n/translate";

import { DeferredRevisionWatcher } from "./deferred-revision-watcher";

/** Seconds between polls for new revisions; REVISION_POLL_SECONDS overrides (tests and replays use a few). */
export function pollSeconds(): number {
  const n = Number(process.env.REVISION_POLL_SECONDS);
  return Number.isFinite(n) && n >= 1 && n <= 3600 ? n : 30;
}

/** Seeds the client watcher with the revisions this page was rendered from. */
export function LiveUpdates({
  data,
}: {
  data: Pick<DataSet, "elections" | "turnouts"> & { locale: Locale };
}) {
  const t = translator(data.locale);
  return (
    <DeferredRevisionWatcher
      initial={toRevisionState(data)}
      intervalSeconds={pollSeconds()}
      words={{
        available: t("live.available"),
        update: t("live.update"),
        updating: t("live.updating"),
      }}
    />
  );
}
