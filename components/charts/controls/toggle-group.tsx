import { useId } from "react";

/**
 * A row of pressed/unpressed buttons for picking one of a few values (chart type, measure), under
 * a visible label that also names the group for screen readers.
 */
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
  const labelId = useId();
  return (
    <div role="group" aria-labelledby={labelId} className="flex flex-col gap-1">
      <span id={labelId} className="text-muted text-xs">
        {label}
      </span>
      <div className="border-border bg-card inline-flex rounded-md border p-0.5 text-sm">
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
    </div>
  );
}
