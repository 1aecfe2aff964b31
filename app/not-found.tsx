export default function NotFound() {
  return (
    <main className="mx-auto max-w-xl p-6">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="mt-2">There is nothing at this address.</p>
      <p className="mt-4">
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- see the note in chart-page-view.tsx */}
        <a href="/">Back to the dashboard</a>
      </p>
    </main>
  );
}
