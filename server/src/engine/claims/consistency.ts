// Contradictions a rule can see inside one article: a person said to be still in power after their
// ouster was reported, a person's name used as a place, and a count larger than the headline's.
import type { Claim, EntityMention } from '../types';
import { type ClaimLexicon, matchesOf } from './lexicon';
import { clauseStart, type QuoteIndex, type Sentence, sentenceAt, spanIn } from './sentences';

/** Capitalised name words right before an offset ("... Bashar al-Assad masih" -> "Assad"). */
function nameBefore(text: string, offset: number): string | null {
  const m = /(\p{Lu}[\p{L}'’\-]+)\s+$/u.exec(text.slice(Math.max(0, offset - 60), offset));
  return m ? m[1] : null;
}

function stillInPower(text: string, sentences: Sentence[], quotes: QuoteIndex, lexicon: ClaimLexicon): Claim[] {
  const ousters = sentences.flatMap((s) => matchesOf(lexicon.ousted, s.text).map((m) => ({ sentence: s, cue: m.text })));
  if (!ousters.length) return [];
  const claims: Claim[] = [];
  for (const sentence of sentences) {
    for (const m of matchesOf(lexicon.stillInPower, sentence.text)) {
      const start = sentence.start + m.index;
      const end = start + m.text.length;
      if (quotes.contains(start, end)) continue;
      const name = nameBefore(text, start);
      const ouster = ousters.find((o) => o.sentence !== sentence && (!name || o.sentence.text.includes(name)));
      if (!ouster) continue;
      const span = spanIn(text, clauseStart(sentence, start), end);
      claims.push({
        ...span,
        kind: 'factual-inconsistency',
        message: `Contradiction: '${span.text}' conflicts with the ouster this article reports ('${ouster.cue}'); check who holds power.`,
        cue: { start, end, text: m.text },
      });
    }
  }
  return claims;
}

function personAsPlace(text: string, sentences: Sentence[], quotes: QuoteIndex, entities: EntityMention[], lexicon: ClaimLexicon): Claim[] {
  if (!lexicon.placeWords.size) return [];
  const placeWordBefore = (m: EntityMention) => {
    const before = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, m.start - 20), m.start));
    return before && lexicon.placeWords.has(before[1].toLowerCase()) ? before[1] : null;
  };
  // Only names the article also uses as a person elsewhere (not after a place word) count as people.
  const asPerson = entities.filter((m) => m.label === 'PER' && !placeWordBefore(m));
  const personKeys = new Set(asPerson.map((m) => m.entity));
  const personNames = new Set(asPerson.map((m) => m.text.toLowerCase()));
  const claims: Claim[] = [];
  const flagged = new Set<Sentence>();
  for (const m of entities) {
    if (!personKeys.has(m.entity) && !personNames.has(m.text.toLowerCase())) continue;
    const placeWord = placeWordBefore(m);
    if (!placeWord || quotes.contains(m.start, m.end)) continue;
    const sentence = sentenceAt(sentences, m.start, m.end);
    if (!sentence || flagged.has(sentence)) continue;
    flagged.add(sentence);
    claims.push({
      ...spanIn(text, clauseStart(sentence, m.start), sentence.end),
      kind: 'factual-inconsistency',
      message: `'${m.text}' names a person but is used here as a place ('${placeWord} ${m.text}'); check which country or place is meant.`,
      cue: { start: m.start, end: m.end, text: m.text },
    });
  }
  return claims;
}

/**
 * A count: a number and the word after it ("14 desa", "3.200 warga", "21 قرية"), thousands separated by
 * . or , only; in Arabic the number may carry the conjunction و ("و12 منزلا").
 */
const COUNT = /(?<=^|[^\p{L}\p{N}.,]|(?<!\p{L})و)(\p{N}+(?:[.,]\p{N}{3})*)\s+(\p{L}[\p{L}\p{M}]{2,})/gu;
/** Numbers in this range are read as years, not counts. */
const YEARS = { from: 1900, to: 2100 };

/** The value of a number written with ASCII, Arabic-Indic or Persian digits and thousands separators. */
function numberOf(digits: string): number {
  const ascii = digits.replace(/[.,]/g, '').replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) & 0xf));
  return Number(ascii);
}

function countsOf(sentence: Sentence, units: Set<string>) {
  return [...sentence.text.matchAll(COUNT)]
    .map((m) => ({ index: m.index!, text: m[0], value: numberOf(m[1]), word: m[2].toLowerCase() }))
    .filter((c) => Number.isFinite(c.value) && !units.has(c.word) && (c.value < YEARS.from || c.value > YEARS.to));
}

/**
 * A count of the headline's ("Banjir Rendam 14 Desa") that the body gives as a larger number of the same
 * thing ("21 desa") in a sentence that reports no change and no part of a total.
 */
function countAboveHeadline(text: string, sentences: Sentence[], quotes: QuoteIndex, lexicon: ClaimLexicon): Claim[] {
  const headlineCounts = new Map<string, number>();
  for (const s of sentences) if (s.block.kind === 'headline') for (const c of countsOf(s, lexicon.countUnits)) headlineCounts.set(c.word, c.value);
  if (!headlineCounts.size) return [];
  const claims: Claim[] = [];
  for (const sentence of sentences) {
    if (sentence.block.kind === 'headline' || matchesOf(lexicon.countChange, sentence.text).length) continue;
    const count = countsOf(sentence, lexicon.countUnits).find((c) => c.value > (headlineCounts.get(c.word) ?? Infinity));
    if (!count) continue;
    const start = sentence.start + count.index;
    const end = start + count.text.length;
    if (quotes.contains(start, end)) continue;
    claims.push({
      ...spanIn(text, clauseStart(sentence, start), sentence.end),
      kind: 'factual-inconsistency',
      message: `Count mismatch: the headline gives ${headlineCounts.get(count.word)} '${count.word}' but this sentence says '${count.text}'; check which figure is right.`,
      cue: { start, end, text: count.text },
    });
  }
  return claims;
}

export function inconsistencies(text: string, sentences: Sentence[], quotes: QuoteIndex, entities: EntityMention[], lexicon: ClaimLexicon): Claim[] {
  return [
    ...stillInPower(text, sentences, quotes, lexicon),
    ...personAsPlace(text, sentences, quotes, entities, lexicon),
    ...countAboveHeadline(text, sentences, quotes, lexicon),
  ];
}
