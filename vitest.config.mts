import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // server-only throws outside a React Server Components bundle; tests run plain Node.
      "server-only": path.resolve(import.meta.dirname, "test/server-only-stub.ts"),
    },
  },
  test: {
    include: ["**/*.test.ts", "**/*.test.tsx"],
    // bench/ has its own node_modules (npm run bench installs it).
    exclude: ["**/node_modules/**", "e2e/**", ".next/**"],
    environment: "node",
    // One module graph per worker instead of one per file: the suite's files share no mocks, and
    // those that set DATA_DIR or other variables restore them. It halves the run (70 s to 34 s).
    pool: "threads",
    isolate: false,
  },
});
