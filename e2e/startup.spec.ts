import { readFileSync } from "node:fs";
import path from "node:path";

import { expect, test } from "@playwright/test";

const HINT = "//# allFunctionsCalledOnLoad\n";

/** The chunks every page runs at start-up, as the build that is being served lists them. */
function startupChunks(): string[] {
  const file = path.resolve(import.meta.dirname, "..", ".next", "build-manifest.json");
  const manifest = JSON.parse(readFileSync(file, "utf8")) as { rootMainFiles: string[] };
  return manifest.rootMainFiles.map((f) => `/_next/${f}`);
}

test("the framework's start-up scripts carry V8's compile hint and the page's own scripts don't", async ({
  request,
}) => {
  const startup = new Set(startupChunks());
  for (const route of ["/", "/charts/kz-2022-results"]) {
    const html = await (await request.get(route)).text();
    const scripts = [...html.matchAll(/<script src="(\/_next\/static\/chunks\/[^"]+\.js)"/g)].map(
      (m) => m[1]!,
    );
    expect(scripts.filter((s) => startup.has(s)).length, route).toBeGreaterThan(0);
    expect(scripts.filter((s) => !startup.has(s)).length, route).toBeGreaterThan(0);
    for (const src of scripts) {
      const body = await (await request.get(src)).text();
      expect(body.startsWith(HINT), `${route}: ${src}`).toBe(startup.has(src));
    }
  }
});

test("with the hinted scripts the dashboard starts without errors and responds", async ({
  page,
}) => {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  await page.goto("/en");
  await page.getByRole("button", { name: "Dark" }).click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  expect(errors).toEqual([]);
});
