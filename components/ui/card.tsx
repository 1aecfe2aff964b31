import type { ComponentProps } from "react";

import { cn } from "@/lib/ui/cn";

export function Card({ className, ...props }: ComponentProps<"div">) {
  return (
    <div
      className={cn(
        // surface
        "border-border bg-card rounded-lg border",
        // spacing
        "p-4 sm:p-5",
        className,
      )}
      {...props}
    />
  );
}
