import { expect, test } from "@playwright/test";

const ROUTES = [
  "/",
  "/charts/kz-2022-results",
  "/embed/kz-2022-results",
  "/changes",
  "/api/charts",
  "/api/figures.csv",
  "/api/og/kz-2022-results",
  "/no-such-page",
];

test("every response carries the security headers, with a CSP of our own origin and no eval", async ({
  request,
}) => {
  for (const path of ROUTES) {
    const h = (await request.get(path)).headers();
    expect(h["x-content-type-options"], path).toBe("nosniff");
    expect(h["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(h["permissions-policy"], path).toContain("camera=()");
    const csp = h["content-security-policy"]!;
    expect(csp, path).toContain("default-src 'self'");
    expect(csp, path).not.toContain("unsafe-eval");
    expect(csp.replace("frame-ancestors *", ""), path).not.toMatch(/https?:|\*/);
  }
});

test("an unknown API resource is a JSON 404 that names it; a wrong method is a 405; neither leaks internals", async ({
  request,
}) => {
  const missing = await request.get("/api/no/such/thing");
  expect(missing.status()).toBe(404);
  expect(missing.headers()["content-type"]).toContain("application/json");
  expect(await missing.json()).toEqual({
    error: { status: 404, message: expect.stringContaining("/api/no/such/thing") },
  });
  const wrongMethod = await request.delete("/api/charts");
  expect(wrongMethod.status()).toBe(405);
  for (const body of [await missing.text(), await wrongMethod.text()]) {
    expect(body).not.toMatch(/\/work\/|node_modules|at .*\(.*:\d+:\d+\)/);
  }
});
