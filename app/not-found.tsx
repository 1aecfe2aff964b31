/**
 * Every unknown address ends here, chart and region ids included: those routes list their ids at build
 * time (dynamicParams = false), so a mistyped id is a plain, fully rendered 404 that no cache keeps.
 */
export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-xl p-6">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="mt-2">
        There is nothing at this address. A link to a chart or a region may have been mistyped or
        cut short.
      </p>
      {/* eslint-disable @next/next/no-html-link-for-pages -- see the note in chart-page-view.tsx */}
      <ul className="mt-4 list-disc space-y-1 pl-5">
        <li>
          <a href="/">Back to the dashboard, with every chart</a>
        </li>
        <li>
          <a href="/charts/kz-2022-turnout-map">The map of all 17 regions and 3 cities</a>
        </li>
      </ul>
      {/* eslint-enable @next/next/no-html-link-for-pages */}
    </main>
  );
}
