import { schemaRef, type SchemaName } from "./openapi-components";

export const param = (name: string) => ({ $ref: `#/components/parameters/${name}` });
export const header = (name: string) => ({ $ref: `#/components/headers/${name}` });
export const response = (name: string) => ({ $ref: `#/components/responses/${name}` });

export interface GetOperation {
  operationId: string;
  tag: string;
  summary: string;
  /** What a client needs beyond the summary; every operation has one (Spectral's operation-description). */
  description: string;
  parameters?: object[];
  /** The media type of a 200 and, for JSON, its schema. */
  media: string;
  schema?: SchemaName | object;
  /** Answers carry an ETag and a 304 for a current If-None-Match. */
  etag?: boolean;
  disposition?: boolean;
  notFound?: object;
  /** The 400 of a route that refuses a parameter it cannot honour. */
  badRequest?: object;
}

/** A GET whose headers, 304 and 503 follow from the few things that differ between them. */
export function get(op: GetOperation) {
  const { media, schema, etag = true, disposition = false, notFound, badRequest } = op;
  const schemaObject = typeof schema === "string" ? schemaRef(schema) : schema;
  return {
    get: {
      operationId: op.operationId,
      tags: [op.tag],
      summary: op.summary,
      description: op.description,
      // Every GET is public; saying so per operation is what Redocly's security-defined asks.
      security: [],
      parameters: [...(op.parameters ?? []), ...(etag ? [param("IfNoneMatch")] : [])],
      responses: {
        "200": {
          description: op.summary,
          headers: {
            "Cache-Control": header("CacheControl"),
            ...(etag ? { ETag: header("ETag") } : {}),
            ...(disposition ? { "Content-Disposition": header("ContentDisposition") } : {}),
          },
          content: { [media]: schemaObject ? { schema: schemaObject } : {} },
        },
        ...(etag ? { "304": response("NotModified") } : {}),
        ...(badRequest ? { "400": badRequest } : {}),
        ...(notFound ? { "404": notFound } : {}),
        "503": response("Unavailable"),
      },
    },
  };
}
