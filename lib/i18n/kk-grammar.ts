/**
 * Kazakh case and ordinal endings for a number or word written in a sentence. A suffix follows the
 * sound of the last word as it is read aloud: "6 000" is read "алты мың", so it takes -нан
 * ("6 000-нан астам"); "$45 млрд" is read "... миллиард". Vowel harmony picks the back (а, ы) or
 * front (е, і) form from the word's last vowel; the word's last sound picks the consonant.
 */

const UNITS = ["нөл", "бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз"];
const TENS = ["", "он", "жиырма", "отыз", "қырық", "елу", "алпыс", "жетпіс", "сексен", "тоқсан"];

/** The last word of a whole number read aloud: 6000 → "мың", 30 → "отыз", 45 → "бес". */
export function lastNumeralWord(n: number): string {
  if (n === 0) return UNITS[0]!;
  if (n % 1e9 === 0) return "миллиард";
  if (n % 1e6 === 0) return "миллион";
  if (n % 1000 === 0) return "мың";
  if (n % 100 === 0) return "жүз";
  if (n % 10 === 0) return TENS[(n % 100) / 10]!;
  return UNITS[n % 10]!;
}

// Abbreviations are read as their full words; a sign is read as its name.
const READ_AS: Record<string, string> = {
  млрд: "миллиард",
  млн: "миллион",
  трлн: "триллион",
  "%": "пайыз",
};

const BACK = "аоұыя";
const FRONT = "әеіөүэ";
const VOWELS = `${BACK}${FRONT}иую`;
/** Sounds after which a suffix starts voiced (д/ғ/г); after м, н, ң the ablative starts with н. */
const VOICED = "лрйузжимнң";
const NASAL = "мнң";

function isBack(word: string): boolean {
  for (let i = word.length - 1; i >= 0; i--) {
    const c = word[i]!;
    if (BACK.includes(c)) return true;
    if (FRONT.includes(c)) return false;
  }
  return true;
}

/** What a text ends with, as read aloud, and whether a suffix needs a hyphen after it. */
function spokenEnd(text: string): { word: string; hyphen: boolean } {
  const trimmed = text.trimEnd();
  const number = /(\d[\d\s\u00a0]*)(?:,(\d+))?$/.exec(trimmed);
  if (number) {
    const whole = Number(number[1]!.replace(/[\s\u00a0]/g, ""));
    const fraction = number[2] ? Number(number[2]) : 0;
    return { word: lastNumeralWord(fraction > 0 ? fraction : whole), hyphen: true };
  }
  const last = trimmed.split(/[\s\u00a0]/).pop() ?? "";
  if (last.endsWith("%")) return { word: READ_AS["%"]!, hyphen: true };
  const read = READ_AS[last.toLowerCase().replace(/\.$/, "")];
  if (read) return { word: read, hyphen: true };
  return { word: last.toLowerCase(), hyphen: false };
}

export type KkSuffix = "abl" | "dat" | "ord";

function suffixFor(word: string, kind: KkSuffix): string {
  const back = isBack(word);
  const end = word[word.length - 1] ?? "";
  const afterVowel = VOWELS.includes(end);
  const voiced = afterVowel || VOICED.includes(end);
  switch (kind) {
    case "abl":
      return `${NASAL.includes(end) ? "н" : voiced ? "д" : "т"}${back ? "ан" : "ен"}`;
    case "dat":
      return voiced ? (back ? "ға" : "ге") : back ? "қа" : "ке";
    case "ord":
      // Written after digits: 6-шы, 25-ші, 100-ші (the full word takes -ншы after a vowel: алтыншы).
      return back ? "шы" : "ші";
  }
}

/** The text with a Kazakh suffix: "6 000" → "6 000-нан", "45 млрд доллар" → "45 млрд доллардан". */
export function withKkSuffix(text: string, kind: KkSuffix): string {
  const { word, hyphen } = spokenEnd(text);
  const suffix = suffixFor(word, kind);
  return `${text.trimEnd()}${hyphen ? "-" : ""}${suffix}`;
}
