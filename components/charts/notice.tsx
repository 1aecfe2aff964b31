/** A quiet note that some link settings were ignored; the default view is shown for them. */
export function InvalidParamsNotice({ keys }: { keys: string[] }) {
  if (keys.length === 0) return null;
  return (
    <p
      role="note"
      className="border-border bg-card text-muted rounded border px-3 py-2 text-sm"
      data-testid="invalid-params"
    >
      Some settings in this link were not understood ({keys.join(", ")}), so the default is shown
      for them.
    </p>
  );
}
