import type { Locale } from "./locale";

/**
 * The error page's words, the one text the browser must hold itself: an error boundary renders in
 * the browser, with no server to translate for it, and shipping the catalogues there would cost every
 * page far more than these three sentences. Typed by language, so none can be missing.
 */
export const ERROR_WORDS: Record<Locale, { title: string; body: string; retry: string }> = {
  kk: {
    title: "Дашбордты көрсету мүмкін болмады",
    body: "Деректер жүктелмеді немесе тексеруден өтпеді, сондықтан қате сандардың орнына ешбір сан көрсетілмейді.",
    retry: "Қайталап көру",
  },
  ru: {
    title: "Не удалось показать дашборд",
    body: "Данные не загрузились или не прошли проверку, поэтому вместо неверных цифр не показано никаких.",
    retry: "Попробовать снова",
  },
  en: {
    title: "The dashboard could not be shown",
    body: "Its data could not be loaded or did not pass validation, so no figures are shown rather than wrong ones.",
    retry: "Try again",
  },
};
