import Negotiator from "negotiator";

/**
 * The encoding to send: the client's most preferred among those stored, by its q-values ("gzip;q=0"
 * refuses gzip), brotli first where the client likes two equally. null sends the body as it is, which
 * is also the answer when the client refuses every encoding (RFC 9110 allows it instead of a 406).
 * @param {import("node:http").IncomingMessage} req
 * @param {{ br: Buffer | null, gzip: Buffer | null }} entry
 * @returns {"br" | "gzip" | null}
 */
export function chooseEncoding(req, entry) {
  const available = [...(entry.br ? ["br"] : []), ...(entry.gzip ? ["gzip"] : []), "identity"];
  const best = new Negotiator(req).encoding(available, { preferred: available });
  return best === "br" || best === "gzip" ? best : null;
}
