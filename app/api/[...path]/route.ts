import { apiError } from "@/lib/http/api-error";

/** Any API path that no route serves: a JSON 404 that says what was not found. */
async function notFound(_request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const path = (await params).path.join("/").slice(0, 120);
  return apiError(
    404,
    `There is no API resource at /api/${path}. GET /api/charts lists the charts; see the README for the rest.`,
  );
}

export {
  notFound as DELETE,
  notFound as GET,
  notFound as PATCH,
  notFound as POST,
  notFound as PUT,
};
