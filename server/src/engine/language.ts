// Language and script direction of an article, decided on the article's text without page residue.
import { francAll } from 'franc-min';
import { findBoilerplate } from './boilerplate';
import { splitLines } from './lines';
import type { Direction, LangCode } from './types';

export interface LanguageInfo {
  lang: LangCode;
  direction: Direction;
}

/** Languages the engine has lexicons for; preferred when franc finds them nearly as likely as the winner. */
const SUPPORTED: LangCode[] = ['ind', 'fra', 'arb', 'eng'];
/** How close (franc's 0..1 score) a supported language must be to the winner to be preferred. */
const SUPPORTED_MARGIN = 0.02;
/** franc looks at no more than 2048 characters; a little more gives the Malay check more words. */
const SAMPLE_CHARS = 4000;
/** Fewer letters than this and no language is claimed. */
const MIN_LETTERS = 20;

// Words that separate Malaysian Malay from Indonesian in news text (the two share most vocabulary,
// and franc often answers zlm for short Indonesian text).
const MALAY_ONLY = /(?<!\p{L})(kerana|kerajaan|bahawa|baharu|selepas|iaitu|boleh|sahaja|wang|polis|jabatan|mahkamah|parlimen|kenyataan|ringgit|malaysia|bernama|kuala lumpur)(?!\p{L})/giu;
const INDONESIAN_ONLY = /(?<!\p{L})(karena|pemerintah|bahwa|baru|setelah|yaitu|bisa|uang|polisi|kantor|mobil|pengadilan|parlemen|pernyataan|rupiah|indonesia|jakarta)(?!\p{L})/giu;
const RTL_LETTERS = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/gu;
const LETTERS = /\p{L}/gu;

/** The article's first few KB of text that is not page residue (section labels, widgets, ...). */
function bodySample(text: string): string {
  const lines = splitLines(text.length > 8 * SAMPLE_CHARS ? text.slice(0, 8 * SAMPLE_CHARS) : text);
  const residue = new Set(findBoilerplate(text, lines).map((b) => b.start));
  let sample = '';
  for (const line of lines) {
    if (residue.has(line.start)) continue;
    sample += line.text + '\n';
    if (sample.length >= SAMPLE_CHARS) break;
  }
  return sample;
}

/** Malay (zlm) only when the text uses clearly Malaysian words more than Indonesian ones. */
function malayOrIndonesian(sample: string): LangCode {
  const malay = (sample.match(MALAY_ONLY) ?? []).length;
  const indonesian = (sample.match(INDONESIAN_ONLY) ?? []).length;
  return malay >= 2 && malay > 2 * indonesian ? 'zlm' : 'ind';
}

export function detectLanguage(text: string): LanguageInfo {
  const sample = bodySample(text);
  const letters = (sample.match(LETTERS) ?? []).length;
  const rtl = (sample.match(RTL_LETTERS) ?? []).length;
  const direction: Direction = rtl > letters / 2 ? 'rtl' : 'ltr';
  if (letters < MIN_LETTERS) return { lang: 'und', direction };
  const ranked = francAll(sample, { minLength: MIN_LETTERS });
  let [lang, score] = ranked[0] ?? ['und', 0];
  if (!SUPPORTED.includes(lang)) {
    const supported = ranked.find(([code]) => SUPPORTED.includes(code));
    if (supported && score - supported[1] <= SUPPORTED_MARGIN) [lang, score] = supported;
  }
  if (lang === 'zlm' || lang === 'ind') lang = malayOrIndonesian(sample);
  return { lang, direction };
}
