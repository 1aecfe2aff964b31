import "server-only";

import type { NextRequest } from "next/server";

import { apiError } from "./api-error";
import { fileResponse } from "./http-cache";
import type { Exportable } from "../export/exportable";
import { toExportRequest } from "./export-request";
import { toAllTables } from "../export/all-tables";
import { toSqlite } from "../export/sqlite";
import { loadData, SUBJECTS, type Subject } from "./export-subjects";
import type { DashboardData } from "../data/loader";
import { siteUrl } from "../site";
import { toZip } from "../export/zip";

export type ExportFormat = "csv" | "json" | "datapackage" | "zip" | "metadata";

const JSON_TYPE = "application/json; charset=utf-8";

function respond(request: Request, e: Exportable, format: ExportFormat, bom: boolean): Response {
  switch (format) {
    case "csv":
      return fileResponse(request, e.csv(bom), "text/csv; charset=utf-8", e.fileName);
    case "datapackage":
      return fileResponse(request, JSON.stringify(e.dataPackage(), null, 2), JSON_TYPE);
    case "zip": {
      const set = e.zip();
      return fileResponse(request, toZip(set.files), "application/zip", set.zipName);
    }
    case "json":
    case "metadata": {
      const body = format === "json" ? e.json?.() : e.metadata?.();
      if (body === undefined) return apiError(404, "This download has no such format.");
      // The data JSON is compact, as the figures' always was; metadata.json is for people too.
      return fileResponse(
        request,
        JSON.stringify(body, null, format === "json" ? 0 : 2),
        JSON_TYPE,
      );
    }
  }
}

/**
 * The one entry of every download route: reads the request once, builds the subject's table (the id
 * from the route's params, where it has one) and serves it in the format asked for, with ETag and
 * caching; 400 for a bad lang, 404 for an unknown id or revision, 503 when the data is unavailable.
 */
export async function serveExport(
  request: NextRequest,
  subject: Subject,
  format: ExportFormat,
  params?: Promise<{ id: string }>,
): Promise<Response> {
  const req = toExportRequest(request, subject !== "figures");
  if (req instanceof Response) return req;
  const exportable = await SUBJECTS[subject](req, params ? (await params).id : "");
  if (exportable instanceof Response) return exportable;
  return respond(request, exportable, format, req.bom);
}

// Built once per loaded copy of the data in a language: the loader keeps one per revision of data/.
const built = new WeakMap<DashboardData, Promise<Uint8Array<ArrayBuffer>>>();

/** GET /api/data.sqlite: every table in one SQLite file; lang names the label columns. */
export async function serveSqlite(request: NextRequest): Promise<Response> {
  const req = toExportRequest(request);
  if (req instanceof Response) return req;
  const [data, localized] = [await loadData(req), await loadData(req, true)];
  if (data instanceof Response) return data;
  if (localized instanceof Response) return localized;
  let bytes = built.get(localized);
  if (!bytes) {
    bytes = toSqlite(toAllTables(data, localized, req.locale), data.sources, siteUrl());
    built.set(localized, bytes);
  }
  const name = `kz-election-data${req.locale === "en" ? "" : `-${req.locale}`}.sqlite`;
  try {
    return fileResponse(request, await bytes, "application/vnd.sqlite3", name);
  } catch {
    built.delete(localized);
    return apiError(503, "The SQLite file cannot be built right now.");
  }
}
