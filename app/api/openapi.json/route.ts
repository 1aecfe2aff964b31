import { withDashboardData } from "@/lib/http/api-route";
import { fileResponse } from "@/lib/http/http-cache";
import { toOpenApiDocument } from "@/lib/http/openapi";
import { configuredSiteUrl } from "@/lib/site";

/** The OpenAPI 3.1 description of this API; its id enums and examples come from the data. */
export async function GET(request: Request) {
  return withDashboardData((data) =>
    fileResponse(
      request,
      JSON.stringify(toOpenApiDocument(data, configuredSiteUrl() ?? "/")),
      "application/json; charset=utf-8",
    ),
  );
}
