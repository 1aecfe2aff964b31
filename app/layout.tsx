import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";

import { COLOR_VARIABLES_CSS, THEME_COLORS } from "@/lib/ui/colors";
import { THEME_BOOT_SCRIPT } from "@/lib/ui/theme";
import { SITE_DESCRIPTION, SITE_TITLE } from "@/lib/site";

import "./globals.css";

export const metadata: Metadata = {
  title: SITE_TITLE,
  description: SITE_DESCRIPTION,
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
