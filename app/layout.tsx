import type { Metadata } from "next";
import type { ReactNode } from "react";

import "./globals.css";

export const metadata: Metadata = {
  title: "Kazakhstan 2022: election results and figures",
  description:
    "Results of Kazakhstan's 2022 presidential election, turnout through election day, the 2019 and 2023 votes, and the figures of the 2022 political year, each traced to its source.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans antialiased">{children}</body>
    </html>
  );
}
