import { chartPath } from "@/lib/site";

export default function RegionNotFound() {
  return (
    <main id="main" className="mx-auto max-w-xl p-6">
      <h1 className="text-2xl font-semibold">No such region or city</h1>
      <p className="mt-2">
        This link does not name one of Kazakhstan&apos;s 17 regions or its three cities of national
        significance. It may have been mistyped or cut short.
      </p>
      <p className="mt-4">
        <a href={chartPath("kz-2022-turnout-map")}>See the map of all 20</a>
      </p>
    </main>
  );
}
