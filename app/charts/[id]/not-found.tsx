import Link from "next/link";

export default function ChartNotFound() {
  return (
    <main id="main" className="mx-auto max-w-xl p-6">
      <h1 className="text-2xl font-semibold">No such chart</h1>
      <p className="mt-2">
        This link does not point to a chart of the dashboard. It may have been mistyped or cut
        short.
      </p>
      <p className="mt-4">
        <Link href="/">See every chart on the dashboard</Link>
      </p>
    </main>
  );
}
