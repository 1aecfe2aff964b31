"use client";

export default function Error({
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <main className="mx-auto max-w-xl p-6">
      <h1 className="text-2xl font-semibold">The dashboard could not be shown</h1>
      <p className="mt-2">
        Its data could not be loaded or did not pass validation, so no figures are shown rather than
        wrong ones.
      </p>
      <button
        type="button"
        onClick={reset}
        className="border-border bg-card mt-4 rounded border px-3 py-1.5"
      >
        Try again
      </button>
    </main>
  );
}
