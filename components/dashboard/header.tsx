import { ThemeToggle } from "@/components/theme/theme-toggle";

const NAV = [
  ["election", "Election 2022"],
  ["parliament", "Parliament 2023"],
  ["campaign", "Campaign"],
  ["economy", "Economy"],
  ["diplomacy", "Diplomacy"],
  ["society", "Society"],
  ["sources", "Sources"],
] as const;

/** Title, scope, freshness and the status of the headline result. */
export function DashboardHeader({ asOf, status }: { asOf: string; status: string }) {
  return (
    <header className="border-border border-b pb-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <p className="text-accent text-sm font-medium">
            Kazakhstan · election results and statistics
          </p>
          <h1 className="mt-1 text-2xl font-bold tracking-tight sm:text-4xl">
            Tokayev&apos;s re-election and the year 2022 in figures
          </h1>
        </div>
        <ThemeToggle />
      </div>
      <p className="mt-3 max-w-3xl text-sm sm:text-base">
        The early presidential election of 20 November 2022, turnout hour by hour, the 2019 and 2023
        votes for comparison, and the campaign, economic, diplomatic and social figures cited in the
        article &ldquo;Birth of New Kazakhstan (Part 2)&rdquo;, each traced to where it was
        published.
      </p>
      <p className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <span
          className="border-chart-4 bg-card rounded border-l-4 px-2 py-0.5"
          data-testid="headline-status"
        >
          {status}
        </span>
        <span className="text-muted">Data as of {asOf}</span>
        <a href="/changes">What changed between revisions</a>
      </p>
      <nav aria-label="Sections" className="no-print mt-4">
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {NAV.map(([id, label]) => (
            <li key={id}>
              <a href={`#${id}`}>{label}</a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
