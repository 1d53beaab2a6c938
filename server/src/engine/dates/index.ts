import type { ArticleStructure, DateMention, LangCode } from '../types';

export interface DateFindings {
  dates: DateMention[];
  /** The article's own reference date (dateline or explicit date), or the option given, or null. */
  referenceDate: string | null;
}

/** Finds calendar expressions and resolves them against the article's reference date. */
export function findDates(_text: string, _structure: ArticleStructure, _lang: LangCode, referenceDate?: string): DateFindings {
  return { dates: [], referenceDate: referenceDate ?? null };
}
