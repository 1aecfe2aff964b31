import { fetchDashboardData } from "@/lib/data";

export const dynamic = "force-dynamic";

export default async function Page() {
  const data = await fetchDashboardData();
  return (
    <main className="mx-auto max-w-4xl p-6">
      <h1 className="text-2xl font-semibold">Kazakhstan 2022: election results and figures</h1>
      <ul className="mt-4 space-y-1">
        {data.figures.map((f) => (
          <li key={f.id} data-figure-id={f.id}>
            {f.label}: <span className="tabular-nums">{f.value}</span>
          </li>
        ))}
      </ul>
    </main>
  );
}
