"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import useSWR from "swr";

import {
  fetchRevisionState,
  REVISION_PATH,
  sameRevisions,
  type RevisionState,
} from "@/lib/revisions/current";

/**
 * Polls /api/revision (interval and on focus). When a dataset has a new revision it offers an update,
 * which re-renders the server components in place: no reload, and the bar floats so nothing shifts.
 * It is drawn inside the live region DeferredRevisionWatcher keeps in the page.
 */
/** The bar's words in the page's language, from the server. */
export interface RevisionWords {
  available: string;
  update: string;
  updating: string;
}

export function RevisionWatcher({
  initial,
  intervalSeconds,
  words,
}: {
  initial: RevisionState;
  intervalSeconds: number;
  words: RevisionWords;
}) {
  const router = useRouter();
  const [shown, setShown] = useState(initial);
  const [pending, startTransition] = useTransition();
  const { data } = useSWR(REVISION_PATH, fetchRevisionState, {
    fallbackData: initial,
    refreshInterval: intervalSeconds * 1000,
    revalidateOnFocus: true,
    dedupingInterval: 1000,
  });
  if (!data || sameRevisions(data, shown)) return null;
  return (
    <div className="no-print border-border bg-card fixed inset-x-0 bottom-4 z-50 mx-auto flex w-fit max-w-[calc(100%-2rem)] items-center gap-3 rounded-lg border px-4 py-2 text-sm shadow-lg">
      <span>{words.available}</span>
      <button
        type="button"
        className="bg-foreground text-background rounded px-3 py-1"
        disabled={pending}
        onClick={() =>
          startTransition(() => {
            router.refresh();
            setShown(data);
          })
        }
      >
        {pending ? words.updating : words.update}
      </button>
    </div>
  );
}
