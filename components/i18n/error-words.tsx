"use client";

import { createContext, useContext, type ReactNode } from "react";

import type { Catalogue } from "@/lib/i18n/translate";

export type ErrorWords = Catalogue["error"];

const ErrorWordsContext = createContext<ErrorWords | null>(null);

/**
 * Gives the error page its words. An error boundary renders in the browser, with no server to
 * translate for it, so the [locale] layout passes the catalogue's `error` subtree down from the server.
 */
export function ErrorWordsProvider({
  words,
  children,
}: {
  words: ErrorWords;
  children: ReactNode;
}) {
  return <ErrorWordsContext value={words}>{children}</ErrorWordsContext>;
}

export function useErrorWords(): ErrorWords | null {
  return useContext(ErrorWordsContext);
}
