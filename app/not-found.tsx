import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-xl p-6">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="mt-2">There is nothing at this address.</p>
      <p className="mt-4">
        <Link href="/">Back to the dashboard</Link>
      </p>
    </main>
  );
}
