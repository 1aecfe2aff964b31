import type { z } from "zod";

/** One problem found in data/: which file, where in it, and what was wrong. */
export interface ValidationIssue {
  /** Path relative to the data directory, e.g. "datasets/kz-2022-presidential/meta.json". */
  file: string;
  /** JSON path inside the file, e.g. "results[3].votes"; "" for the whole file. */
  path: string;
  message: string;
}

/** Renders a JSON path the way people write it: results[3].votes. */
export function formatJsonPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === "number" ? `[${key}]` : `${i === 0 ? "" : "."}${String(key)}`))
    .join("");
}

export function issue(
  file: string,
  path: readonly PropertyKey[] | string,
  message: string,
): ValidationIssue {
  return { file, path: typeof path === "string" ? path : formatJsonPath(path), message };
}

export function fromZodError(file: string, error: z.ZodError): ValidationIssue[] {
  return error.issues.map((i) => issue(file, i.path, i.message));
}

export function formatIssue({ file, path, message }: ValidationIssue): string {
  return path ? `${file} › ${path}: ${message}` : `${file}: ${message}`;
}

export function formatIssues(issues: readonly ValidationIssue[]): string {
  return issues.map(formatIssue).join("\n");
}
