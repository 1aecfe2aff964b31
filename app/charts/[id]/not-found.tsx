export default function ChartNotFound() {
  return (
    <main id="main" className="mx-auto max-w-xl p-6">
      <h1 className="text-2xl font-semibold">No such chart</h1>
      <p className="mt-2">
        This link does not point to a chart of the dashboard. It may have been mistyped or cut
        short.
      </p>
      <p className="mt-4">
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- see the note in chart-page-view.tsx */}
        <a href="/">See every chart on the dashboard</a>
      </p>
    </main>
  );
}
