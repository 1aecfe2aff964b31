import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";

import { COLOR_VARIABLES_CSS, THEME_COLORS } from "@/lib/ui/colors";
import { THEME_BOOT_SCRIPT } from "@/lib/ui/theme";

import "./globals.css";

export const metadata: Metadata = {
  title: "Kazakhstan 2022: election results and figures",
  description:
    "Results of Kazakhstan's 2022 presidential election, turnout through election day, the 2019 and 2023 votes, and the figures of the 2022 political year, each traced to its source.",
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: THEME_COLORS.background.light },
    { media: "(prefers-color-scheme: dark)", color: THEME_COLORS.background.dark },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  // The boot script may change data-theme before React hydrates; that difference is expected.
  return (
    <html lang="en" data-theme="system" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_BOOT_SCRIPT }} />
        <style dangerouslySetInnerHTML={{ __html: COLOR_VARIABLES_CSS }} />
      </head>
      <body className="min-h-screen font-sans antialiased">
        <a
          href="#main"
          className="focus:bg-card sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:rounded focus:p-2"
        >
          Skip to content
        </a>
        {children}
      </body>
    </html>
  );
}
