import type { DashboardData } from "../data/dashboard-data";
import { formatCitation } from "../data/figure-source";
import { nameOn } from "../data/name-on";
import {
  formatDate,
  formatDateInProse,
  formatFigure,
  formatFigureInWords,
  formatPeriod,
} from "../format";
import type { Locale } from "../i18n/locale";
import type { Text } from "./text";
import { translator, type Translate } from "../i18n/translate";

/**
 * What text is resolved against: the data as a reader of one language sees it. Text that names
 * nothing in data/ (messages, numbers, dates) needs only the locale: textIn.
 */
export interface TextContext {
  locale: Locale;
  t: Translate;
  data?: DashboardData;
}

export function textContext(data: DashboardData): TextContext {
  return { locale: data.locale, t: translator(data.locale), data };
}

/** The words of a text that names nothing in data/, in a locale. */
export function textIn(text: Text, locale: Locale): string {
  return resolveText(text, { locale, t: translator(locale) });
}

function needData(ctx: TextContext, text: Text): DashboardData {
  if (!ctx.data) throw new Error(`${JSON.stringify(text)} names data/ and needs it to be resolved`);
  return ctx.data;
}

function nameIn(ctx: TextContext, data: DashboardData, id: string, short: boolean): string {
  for (const e of data.elections) {
    const o = e.meta.options.find((x) => x.id === id);
    if (o) return (short ? o.shortName : undefined) ?? o.name;
  }
  for (const d of data.turnouts) {
    const u = d.meta.units.find((x) => x.id === id);
    if (u) return u.name;
  }
  const local = ctx.locale === "en" ? undefined : data.names.find((n) => n.id === id);
  return local?.[ctx.locale as "ru" | "kk"] ?? id;
}

function exitPollText(
  data: DashboardData,
  id: string,
  field: "pollster" | "pollsterShort" | "commissionedBy",
  locale: Locale,
): string {
  const poll = data.exitPolls.polls.find((p) => p.id === id);
  if (field === "commissionedBy") return poll?.commissionedBy?.name[locale] ?? "";
  const pollster = data.exitPolls.pollsters.find((p) => p.id === poll?.pollster);
  return (field === "pollster" ? pollster?.name : pollster?.shortName)?.[locale] ?? id;
}

/**
 * The words of a text in the context's language. A message inside another starts no sentence of its
 * own: only the outer one capitalises a value at a sentence start («далее — область Абай»).
 */
export function resolveText(text: Text, ctx: TextContext, nested = false): string {
  const { locale } = ctx;
  if ("key" in text) {
    const vars = Object.fromEntries(
      Object.entries(text.vars ?? {}).map(([k, v]) => [
        k,
        typeof v === "number" ? v : resolveText(v, ctx, true),
      ]),
    );
    return ctx.t(text.key, vars, { capitalise: !nested });
  }
  if ("num" in text) {
    const { num, unit, decimals, qualifier = "exact", gender, inWords } = text;
    return inWords
      ? formatFigureInWords(num, unit, qualifier, decimals, locale, gender)
      : formatFigure(num, unit, qualifier, decimals, locale, gender);
  }
  if ("date" in text)
    return text.prose ? formatDateInProse(text.date, locale) : formatDate(text.date, locale);
  if ("period" in text) return formatPeriod(text.period, locale);
  if ("join" in text) return text.join.map((p) => resolveText(p, ctx, nested)).join(text.sep);
  if ("lit" in text) return text.lit;
  const data = needData(ctx, text);
  if ("name" in text)
    return text.on
      ? nameOn(data, text.name, text.on, locale)
      : ((text.prose ? data.names.find((n) => n.id === text.name)?.prose?.[locale] : undefined) ??
          nameIn(ctx, data, text.name, text.short ?? text.prose ?? false));
  if ("figure" in text) {
    const f = [...data.figures, ...data.derived].find((x) => x.id === text.figure);
    return f?.[text.field] ?? text.figure;
  }
  if ("dataset" in text && "field" in text) {
    const d = [...data.elections, ...data.turnouts].find((x) => x.meta.id === text.dataset);
    const meta = d?.meta as { title: string; description: string; shareBase?: string } | undefined;
    return meta?.[text.field] ?? "";
  }
  if ("nominatedBy" in text) {
    const e = data.elections.find((x) => x.meta.id === text.dataset);
    return e?.meta.options.find((o) => o.id === text.nominatedBy)?.nominatedBy ?? "";
  }
  if ("exitPoll" in text) return exitPollText(data, text.exitPoll, text.field, locale);
  if ("publisher" in text)
    return data.sources.find((x) => x.id === text.publisher)?.publisher ?? text.publisher;
  const s = data.sources.find((x) => x.id === text.source);
  return s ? formatCitation(s, text.locator, locale) : text.source;
}
