"use client";

import { useErrorWords } from "@/components/i18n/error-words";

export default function Error({
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const words = useErrorWords();
  // The layout always provides the words; without them the page still offers a retry, wordlessly.
  return (
    <main className="mx-auto max-w-xl p-6">
      {words && <h1 className="text-2xl font-semibold">{words.title}</h1>}
      {words && <p className="mt-2">{words.body}</p>}
      <button
        type="button"
        onClick={reset}
        aria-label={words?.retry}
        className="border-border bg-card mt-4 rounded border px-3 py-1.5"
      >
        {words?.retry ?? "↻"}
      </button>
    </main>
  );
}
