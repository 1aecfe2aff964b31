/** A labelled drop-down; `empty` adds a first option that stands for "no choice" (value ""). */
export function SelectField({
  label,
  value,
  options,
  empty,
  onChange,
}: {
  label: string;
  value: string;
  options: readonly { id: string; label: string }[];
  empty?: string;
  onChange: (value: string) => void;
}) {
  return (
    <label className="text-muted flex flex-col gap-1 text-xs">
      {label}
      <select
        className="border-border bg-card text-foreground rounded border px-2 py-1 text-sm"
        value={value}
        onChange={(e) => onChange(e.target.value)}
      >
        {empty !== undefined && <option value="">{empty}</option>}
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
