import type { ReactNode } from "react";

import "./globals.css";

// The document (<html lang>) is written by app/[locale]/layout.tsx, which knows the language; this
// root only holds what every page shares. app/not-found.tsx writes its own document.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
