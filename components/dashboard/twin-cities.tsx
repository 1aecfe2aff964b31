import type { TwinCities as TwinCitiesData } from "@/lib/data/schemas";

/** The Russian and Kazakh twin cities named during the Moscow visit. */
export function TwinCities({ data }: { data: TwinCitiesData }) {
  return (
    <div className="border-border bg-card overflow-x-auto rounded-lg border p-4">
      <table className="w-full text-left text-sm">
        <caption className="mb-2 text-left font-semibold">Twin cities named in Nov 2022</caption>
        <thead>
          <tr className="border-border border-b">
            <th scope="col" className="py-1 pr-2">
              Russia
            </th>
            <th scope="col" className="py-1">
              Kazakhstan
            </th>
          </tr>
        </thead>
        <tbody>
          {data.pairs.map((p) => (
            <tr key={`${p.russia}-${p.kazakhstan}`} className="border-border/60 border-b">
              <td className="py-1 pr-2">{p.russia}</td>
              <td className="py-1">{p.kazakhstan}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="text-muted mt-2 text-xs">
        {data.locator.section} ¶{data.locator.paragraph}
      </p>
    </div>
  );
}
