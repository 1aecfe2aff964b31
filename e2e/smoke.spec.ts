import { expect, test } from "@playwright/test";

test("the home page serves figures read from the validated data", async ({ page }) => {
  const response = await page.goto("/");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.locator("[data-figure-id='tokayev-vote-share-2022']")).toContainText("81.31");
});
