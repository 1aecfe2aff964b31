/** The tables of the checks page, styled as the region pages' tables. */
export const CHECK_TABLE =
  "[&_tbody_tr]:border-border/60 w-full border-collapse text-left text-xs sm:text-sm [&_tbody_tr]:border-b [&_td]:px-2 [&_td]:py-1 [&_td]:align-top [&_th]:px-2 [&_th]:py-1 [&_th]:align-top";
