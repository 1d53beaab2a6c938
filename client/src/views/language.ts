// Language codes as the views show them. The engine speaks ISO 639-3 ('arb'); HTML `lang` and
// Intl.DisplayNames want BCP 47, whose preferred tag is the two-letter code when one exists.
import type { LangCode } from '../../../server/src/engine/types';

const TWO_LETTER: Record<string, string> = {
  arb: 'ar', ara: 'ar', ind: 'id', zsm: 'ms', msa: 'ms', fra: 'fr', eng: 'en', spa: 'es', por: 'pt', deu: 'de',
  nld: 'nl', ita: 'it', rus: 'ru', tur: 'tr', pes: 'fa', fas: 'fa', urd: 'ur', heb: 'he', cmn: 'zh', jpn: 'ja',
  kor: 'ko', hin: 'hi', ben: 'bn', tha: 'th', vie: 'vi', tgl: 'tl', swh: 'sw', jav: 'jv', sun: 'su',
};

/** The BCP 47 tag for an engine language code; 'und' for anything that is not a plain language code. */
export function bcp47(code: LangCode): string {
  if (TWO_LETTER[code]) return TWO_LETTER[code];
  return /^[a-z]{2,3}$/.test(code) ? code : 'und';
}

const displayNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

/** "Arabic (arb)", or just the code when it has no name. */
export function languageName(code: LangCode): string {
  const tag = bcp47(code);
  if (tag === 'und') return code === 'und' ? 'Unknown language (und)' : code;
  const name = displayNames.of(tag);
  return name && name !== tag ? `${name} (${code})` : code;
}
