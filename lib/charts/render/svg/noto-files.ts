import "server-only";

import { createRequire } from "node:module";
import path from "node:path";

/**
 * Noto Sans, the pages' typeface, regular and bold: the only fonts an image is drawn with. Noto Sans
 * has no ≈, ≥ or → (figures stated as "≈ $17 billion"); Noto Sans Math, last, is where resvg finds them.
 */
const FONT_FILES = [
  "@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf",
  "@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf",
  "@expo-google-fonts/noto-sans-math/400Regular/NotoSansMath_400Regular.ttf",
];

let fontFiles: string[] | undefined;

/** Resolved once per process, from the app's own node_modules (not the bundle's location). */
export function noto(): string[] {
  fontFiles ??= FONT_FILES.map((f) =>
    createRequire(path.join(process.cwd(), "package.json")).resolve(f),
  );
  return fontFiles;
}
