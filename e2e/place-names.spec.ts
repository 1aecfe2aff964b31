import { readFileSync } from "node:fs";
import path from "node:path";

import { expect, test, type Page } from "@playwright/test";

import { axeViolations } from "./helpers";

/** names.json and the catalogues as files: what the pages must say, not what the app computes. */
const ROOT = path.resolve(import.meta.dirname, "..");
const json = <T>(...p: string[]) => JSON.parse(readFileSync(path.join(ROOT, ...p), "utf8")) as T;

type Locale = "kk" | "ru" | "en";
interface Former {
  id: string;
  from: string;
  until: string;
  en: string;
  ru: string;
  kk: string;
}
const ASTANA = json<{ names: { id: string; ru: string; kk: string; formerly?: Former[] }[] }>(
  "data",
  "names.json",
).names.find((n) => n.id === "astana")!;
const NUR_SULTAN = ASTANA.formerly!.find((f) => f.id === "nur-sultan")!;
const tiles = (locale: Locale) =>
  json<{ tiles: { key: string; short: Record<string, string>; code: Record<string, string> } }>(
    "lib",
    "i18n",
    "messages",
    `${locale}.json`,
  ).tiles;
const UNITS = json<{ units: { id: string }[] }>("data", "units.json").units;

const MAP = "/charts/kz-2022-turnout-map";
const tile = (page: Page, id: string) => page.locator(`[data-tile="${id}"]:visible`);

test.use({ javaScriptEnabled: false });

test("the 2019 map in Russian names the capital Нур-Султан, on its tile and in its table", async ({
  page,
}) => {
  expect(NUR_SULTAN.ru).toBe("город Нур-Султан");
  await page.goto(`/ru${MAP}?vote=kz-2019-presidential`);
  await expect(tile(page, "astana")).toHaveAttribute(
    "aria-label",
    new RegExp(`^${tiles("ru").short["nur-sultan"]} .*, ${NUR_SULTAN.ru}$`),
  );
  await expect(tile(page, "astana").locator("text").first()).toHaveText("Нур-Султан");
  await page.getByText("Показать таблицу").click();
  const table = page.getByRole("table");
  await expect(table.getByRole("link", { name: NUR_SULTAN.ru })).toHaveCount(1);
  await expect(table).not.toContainText(ASTANA.ru);
});

test("the November 2022 map names it Астана, and the referendum's before it Нур-Султан", async ({
  page,
}) => {
  await page.goto(`/ru${MAP}`);
  await expect(tile(page, "astana").locator("text").first()).toHaveText("Астана");
  await expect(tile(page, "astana")).toHaveAttribute("aria-label", new RegExp(`, ${ASTANA.ru}$`));
  await expect(page.getByTestId("tile-map")).not.toContainText("Нур-Султан");
  await page.goto(`/ru${MAP}?vote=kz-2022-referendum`);
  await expect(tile(page, "astana").locator("text").first()).toHaveText("Нур-Султан");
});

test("Astana's page in Kazakh says it was Nur-Sultan from 2019 to 2022, and names it so at those votes", async ({
  page,
}) => {
  await page.goto("/kk/regions/astana");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(ASTANA.kk);
  const line = page.getByTestId("former-name");
  await expect(line).toHaveCount(1);
  await expect(line).toContainText(NUR_SULTAN.kk);
  await expect(line).toContainText(
    `${NUR_SULTAN.from.slice(0, 4)}–${NUR_SULTAN.until.slice(0, 4)}`,
  );
  await expect(line).toHaveText("Бұрынғы атауы: Нұр-Сұлтан қаласы (2019–2022 жж.).");
  for (const vote of ["kz-2019-presidential", "kz-2022-referendum"])
    await expect(page.locator(`tr[data-vote="${vote}"] th`)).toContainText(NUR_SULTAN.kk);
  await expect(page.locator('tr[data-vote="kz-2022-presidential"] th')).not.toContainText(
    NUR_SULTAN.kk,
  );
  // A unit never renamed has no such line.
  await page.goto("/kk/regions/karaganda");
  await expect(page.getByTestId("former-name")).toHaveCount(0);
});

test.describe("on a phone", () => {
  // axe runs as a script in the page; the key itself is server-drawn HTML, as the tests above show.
  test.use({ viewport: { width: 360, height: 780 }, javaScriptEnabled: true });

  test("the map's code key says what every tile's code stands for, and axe finds nothing", async ({
    page,
  }) => {
    await page.goto(`/ru${MAP}?vote=kz-2019-presidential`);
    const key = page.getByRole("list", { name: tiles("ru").key });
    await expect(key).toBeVisible();
    await expect(key.getByRole("listitem")).toHaveCount(UNITS.length);
    await expect(key.getByRole("listitem").filter({ hasText: NUR_SULTAN.ru })).toHaveText(
      `${tiles("ru").code["nur-sultan"]} ${NUR_SULTAN.ru}`,
    );
    // Each code on a tile is in the key, beside the name the tile's link gives.
    for (const { id } of UNITS) {
      const code = await tile(page, id).locator("text").first().textContent();
      const name = (await tile(page, id).getAttribute("aria-label"))!.split(", ").at(-1)!;
      await expect(key.getByRole("listitem").filter({ hasText: name })).toHaveText(
        `${code} ${name}`,
      );
    }
    expect(await axeViolations(page)).toEqual([]);
  });

  test("wider screens, which show names on the tiles, hide the code key", async ({ page }) => {
    await page.setViewportSize({ width: 1024, height: 800 });
    await page.goto(`/en${MAP}`);
    await expect(page.getByTestId("tile-map")).toBeVisible();
    await expect(page.getByTestId("tile-code-key")).toBeHidden();
  });
});
