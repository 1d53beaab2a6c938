import type { Direction, LangCode } from './types';

export interface LanguageInfo {
  lang: LangCode;
  direction: Direction;
}

// TODO(structure helper): franc-min restricted to supported languages, ind/zlm confusion.
export function detectLanguage(text: string): LanguageInfo {
  const arabic = (text.match(/[\u0600-\u06FF]/g) ?? []).length;
  return arabic > text.length / 4 ? { lang: 'arb', direction: 'rtl' } : { lang: 'und', direction: 'ltr' };
}
