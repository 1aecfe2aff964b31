// negotiator 1.x's own API; @types/negotiator still describes 0.6, without the `preferred` option.
declare module "negotiator" {
  import type { IncomingMessage } from "node:http";

  interface EncodingOptions {
    /** Breaks ties between encodings the client likes equally, in this order. */
    preferred?: string[];
  }

  export default class Negotiator {
    constructor(request: Pick<IncomingMessage, "headers">);
    encoding(available?: string[], options?: EncodingOptions): string | undefined;
    encodings(available?: string[], options?: EncodingOptions): string[];
  }
}
