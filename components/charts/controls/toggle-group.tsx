/** A row of pressed/unpressed buttons for picking one of a few values (chart type, measure). */
export function ToggleGroup<T extends string>({
  label,
  values,
  current,
  names,
  onPick,
}: {
  label: string;
  values: readonly T[];
  current: T | undefined;
  names: Record<T, string>;
  /** Called with the value and whether it is the default (the first). */
  onPick: (value: T, isDefault: boolean) => void;
}) {
  return (
    <div
      role="group"
      aria-label={label}
      className="border-border bg-card inline-flex rounded-md border p-0.5 text-sm"
    >
      {values.map((v, i) => (
        <button
          key={v}
          type="button"
          aria-pressed={current === v}
          onClick={() => onPick(v, i === 0)}
          className="aria-pressed:bg-foreground aria-pressed:text-background rounded px-2 py-1"
        >
          {names[v]}
        </button>
      ))}
    </div>
  );
}
