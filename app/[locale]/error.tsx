"use client";

import { useParams } from "next/navigation";

import { ERROR_WORDS } from "@/lib/i18n/error-words";
import { toLocale } from "@/lib/i18n/locale";

export default function Error({
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const { locale } = useParams<{ locale: string }>();
  const words = ERROR_WORDS[toLocale(locale)];
  return (
    <main className="mx-auto max-w-xl p-6">
      <h1 className="text-2xl font-semibold">{words.title}</h1>
      <p className="mt-2">{words.body}</p>
      <button
        type="button"
        onClick={reset}
        className="border-border bg-card mt-4 rounded border px-3 py-1.5"
      >
        {words.retry}
      </button>
    </main>
  );
}
