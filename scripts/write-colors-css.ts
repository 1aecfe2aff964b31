/**
 * Writes app/theme-colors.css from lib/ui/colors.ts, the one table of the product's colours, so the
 * variables travel in the cached stylesheet instead of in every page's HTML (twice: the document and
 * React's payload). lib/ui/colors.test.ts fails when the file is out of date. Run: npm run colors:css
 */
import { writeFileSync } from "node:fs";
import path from "node:path";

import { COLORS_CSS_FILE, colorsCssFile } from "../lib/ui/colors-css";

writeFileSync(path.resolve(import.meta.dirname, "..", COLORS_CSS_FILE), colorsCssFile());
console.log(`wrote ${COLORS_CSS_FILE}`);
