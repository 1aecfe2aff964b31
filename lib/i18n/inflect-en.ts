const EN_ORDINAL: Record<string, string> = { 1: "st", 2: "nd", 3: "rd" };

/** English's ordinal ending: 1st, 2nd, 3rd, 4th, 11th–13th, 21st. */
export function enOrdinal(value: string): string {
  const n = Number(value.replace(/[^\d]/g, ""));
  const teen = n % 100 >= 11 && n % 100 <= 13;
  return `${value}${teen ? "th" : (EN_ORDINAL[n % 10] ?? "th")}`;
}
