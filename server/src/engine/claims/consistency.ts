// Contradictions a rule can see inside one article: a person said to be still in power after their
// ouster was reported, a person's name used as a place, and two counts of one thing that cannot both hold.
import type { Claim, EntityMention } from '../types';
import { isSpaceCode, letterRunStart, lowerFirstUnit } from './chars';
import { countMismatches } from './counts';
import { type ClaimLexicon, matchesOf } from './lexicon';
import { clauseStart, type QuoteIndex, type Sentence, sentenceAt, spanIn } from './sentences';

/** Capitalised name words right before an offset ("... Bashar al-Assad masih" -> "Assad"). */
function nameBefore(text: string, offset: number): string | null {
  const m = /(\p{Lu}[\p{L}'’\-]+)\s+$/u.exec(text.slice(Math.max(0, offset - 60), offset));
  return m ? m[1] : null;
}

function stillInPower(text: string, sentences: Sentence[], quotes: QuoteIndex, lexicon: ClaimLexicon): Claim[] {
  const ousters: { sentence: Sentence; cue: string }[] = [];
  for (const sentence of sentences) for (const m of matchesOf(lexicon.ousted, sentence.text)) ousters.push({ sentence, cue: m.text });
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

/** How far before a name a place word ("di", "negara") is looked for. */
const PLACE_WORD_WINDOW = 20;

function personAsPlace(text: string, sentences: Sentence[], quotes: QuoteIndex, entities: EntityMention[], lexicon: ClaimLexicon): Claim[] {
  if (!lexicon.placeWords.size) return [];
  const placeWordBefore = (m: EntityMention) => {
    const from = Math.max(0, m.start - PLACE_WORD_WINDOW);
    let wordEnd = m.start;
    while (wordEnd > from && isSpaceCode(text.charCodeAt(wordEnd - 1))) wordEnd--;
    const wordStart = letterRunStart(text, from, wordEnd);
    if (wordEnd === m.start || wordStart === wordEnd) return null;
    const word = text.slice(wordStart, wordEnd);
    return lexicon.placeWords.has(word.toLowerCase()) ? word : null;
  };
  // Per mention, the place word before it once read (null: none).
  const placeWords: (string | null | undefined)[] = new Array(entities.length);
  const placeWordAt = (i: number) => (placeWords[i] === undefined ? (placeWords[i] = placeWordBefore(entities[i])) : placeWords[i]);
  // Only names the article also uses as a person elsewhere (not after a place word) count as people.
  const personKeys = new Set<string>();
  const personNames = new Set<string>();
  const personNameStarts = new Set<number>(); // first code units of the lowered names: most other mentions start otherwise
  entities.forEach((m, i) => {
    if (m.label !== 'PER' || placeWordAt(i)) return;
    personKeys.add(m.entity);
    personNames.add(m.text.toLowerCase());
    personNameStarts.add(lowerFirstUnit(m.text));
  });
  const isPersonName = (name: string) => personNameStarts.has(lowerFirstUnit(name)) && personNames.has(name.toLowerCase());
  const claims: Claim[] = [];
  const flagged = new Set<Sentence>();
  for (let i = 0; i < entities.length; i++) {
    const m = entities[i];
    if (!personKeys.has(m.entity) && !isPersonName(m.text)) continue;
    const placeWord = placeWordAt(i);
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

export function inconsistencies(text: string, sentences: Sentence[], quotes: QuoteIndex, entities: EntityMention[], lexicon: ClaimLexicon): Claim[] {
  const claims = stillInPower(text, sentences, quotes, lexicon);
  for (const c of personAsPlace(text, sentences, quotes, entities, lexicon)) claims.push(c);
  for (const c of countMismatches(text, sentences, quotes, entities, lexicon)) claims.push(c);
  return claims;
}
