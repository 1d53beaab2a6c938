// Headline-mismatch: the headline states an outcome ("le feu est maîtrisé", "RUU Disahkan", "السيطرة على
// الحريق") that the body negates ("n'est toujours pas fixé", "belum disahkan", "لم تتم السيطرة").
import type { Block, Claim, LangCode } from '../types';
import type { CueMatch } from './cueIndex';
import { type ClaimLexicon, matchesOf } from './lexicon';
import type { Sentence } from './sentences';

const WORD = /[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*/gu;
/** WORD, searched from a position of its own. */
const WORD_FROM = new RegExp(WORD.source, 'gu');
/** Text that ends inside a word: a letter or mark, or one followed by a hyphen or apostrophe (the last three code units before a position). */
const INSIDE_WORD = /[\p{L}\p{M}][-'’]?$/u;
const MIN_STEM = 3;
/** Arabic puts the negated verb's object a few words on ("لم تتمكن الفرق من السيطرة"); elsewhere the state follows the negation. */
const ARABIC_WINDOW = 5;

/** Possible stems of a word: Indonesian affixes (with the root consonant meN- swallowed), French and English endings, the Arabic article. */
function stems(word: string, lang: LangCode): string[] {
  const w = word.toLowerCase();
  if (lang === 'arb') return [w.replace(/^[وفبل]?(?:ال)?/, '').replace(/ة$/, '')];
  if (lang === 'ind' || lang === 'zlm') {
    const base = w.replace(/(?:kan|an|i)?(?:nya)?$/, '');
    // One-syllable roots take menge-/penge- (sah -> mengesahkan).
    const menge = /^(?:menge|penge)(\p{L}{3,})$/u.exec(base);
    if (menge) return [menge[1]];
    const nasal = /^(?:me|pe)(ng|ny|n|m)(?=[aiueo])(.*)$/.exec(base);
    if (nasal) {
      const restored = { ng: 'k', ny: 's', n: 't', m: 'p' }[nasal[1] as 'ng' | 'ny' | 'n' | 'm'];
      return [nasal[2], restored + nasal[2]];
    }
    return [base.replace(/^(?:di|ter|ber|me(?:ng|ny|n|m)?|pe(?:ng|ny|n|m)?)(?=\p{L}{3})/u, '')];
  }
  if (lang === 'fra') return [w.replace(/(?:ées|és|ée|é|er|ez|es|e|s)$/, '')];
  return [w.replace(/(?:ed|ing|s)$/, '')];
}

interface StateWord {
  text: string;
  stems: string[];
  groups: Set<number>;
}

interface Negation {
  /** Where the negation starts in the article. */
  offset: number;
  /** The negation and the negated word ("belum disahkan"). */
  phrase: string;
  headlineWord: StateWord;
}

/** Per language, the state words read so far: the same words come back in every article (bounded). */
const stateWordsByLang = new Map<LangCode, Map<string, StateWord>>();
const KEPT_STATE_WORDS = 20000;

function stateWord(word: string, lang: LangCode, lexicon: ClaimLexicon): StateWord {
  let known = stateWordsByLang.get(lang);
  if (!known) stateWordsByLang.set(lang, (known = new Map()));
  let state = known.get(word);
  if (!state) {
    if (known.size >= KEPT_STATE_WORDS) known.clear();
    known.set(word, (state = readStateWord(word, lang, lexicon)));
  }
  return state;
}

function readStateWord(word: string, lang: LangCode, lexicon: ClaimLexicon): StateWord {
  const s = stems(word, lang).filter((x) => x.length >= MIN_STEM);
  const groups = new Set<number>();
  lexicon.stateSynonyms.forEach((group, i) => {
    if (s.some((x) => group.some((g) => x.startsWith(g)))) groups.add(i);
  });
  return { text: word, stems: s, groups };
}

/** Same state: same stem (one may hold the other's swallowed consonant), or words of one synonym group. */
function sameState(a: StateWord, b: StateWord, byStem: boolean): boolean {
  if (b.groups.size) for (const g of a.groups) if (b.groups.has(g)) return true;
  return byStem && a.stems.some((x) => b.stems.some((y) => (x === y && x.length > 3) || (x.length > 4 && y.length > 4 && (x.endsWith(y) || y.endsWith(x)))));
}

/** The words of a text (by exec: matchAll would build a new regexp from WORD at every call, its Unicode classes compiled anew). */
function wordsOf(text: string): RegExpExecArray[] {
  const words: RegExpExecArray[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) words.push(m);
  return words;
}

/**
 * The first word at or after `from` of those a search of the whole text for WORD finds (one that starts inside
 * a word found from further back is not one of them).
 */
function wordFrom(text: string, from: number): RegExpExecArray | null {
  for (let position = from; ; ) {
    WORD_FROM.lastIndex = position;
    const m = WORD_FROM.exec(text);
    if (!m || (m.index >= position && !INSIDE_WORD.test(text.slice(Math.max(0, m.index - 3), m.index)))) return m;
    position = m.index + m[0].length;
  }
}

/**
 * Whether a word right after one of the negations (the few words after, in Arabic) is in a state the headline
 * asserts: found without reading the sentence's words, since most negations are not of the headline's state.
 */
function negatesAState(sentence: Sentence, negations: readonly CueMatch[], states: StateWord[], lang: LangCode, lexicon: ClaimLexicon): boolean {
  const arabic = lang === 'arb';
  for (const n of negations) {
    let from = n.index + n.text.length;
    for (let k = 0; k < (arabic ? ARABIC_WINDOW : 1); k++) {
      const w = wordFrom(sentence.text, from);
      if (!w) break;
      from = w.index + w[0].length;
      if (!arabic && /^\p{Lu}/u.test(w[0])) continue;
      const body = stateWord(w[0], lang, lexicon);
      if (states.some((h) => sameState(h, body, !arabic))) return true;
    }
  }
  return false;
}

/**
 * The negated sentence is about the headline's topic: besides the state, it shares a word that is not a
 * function word with the headline ("Le feu … n'est pas encore éteint" under "Le feu … est éteint").
 */
function sharesTopic(headlineWords: StateWord[], state: StateWord, words: RegExpMatchArray[], lang: LangCode, lexicon: ClaimLexicon): boolean {
  const topic = new Set(headlineWords.filter((h) => h !== state && !lexicon.functionWords.has(h.text.toLowerCase())).flatMap((h) => h.stems));
  return words.some((w) => !lexicon.functionWords.has(w[0].toLowerCase()) && stems(w[0], lang).some((x) => topic.has(x)));
}

/**
 * Flags the headline when the body negates a state the headline asserts in a sentence on the headline's topic, and nothing after that negation
 * asserts the state again (a later "désormais maîtrisé" would support the headline). In Arabic only the
 * listed states count, since the negated word may be a few words away.
 */
export function negatedHeadline(headline: Block | null, sentences: Sentence[], lang: LangCode, lexicon: ClaimLexicon): Claim | null {
  if (!headline || matchesOf(lexicon.negation, headline.text).length) return null;
  const arabic = lang === 'arb';
  const headlineWords = wordsOf(headline.text).map((m) => stateWord(m[0], lang, lexicon)).filter((w) => w.stems.length);
  const states = headlineWords.filter((w) => !arabic || w.groups.size);
  if (!states.length) return null;
  let negated = null as Negation | null;
  for (const sentence of sentences) {
    if (sentence.block === headline || sentence.block.kind === 'headline') continue;
    const negations = matchesOf(lexicon.negation, sentence.text);
    if (!negated && !negatesAState(sentence, negations, states, lang, lexicon)) continue;
    const words = wordsOf(sentence.text);
    const covered = new Set<number>();
    let next = 0; // the first word after the current negation (negations come in text order)
    for (const n of negations) {
      const end = n.index + n.text.length;
      while (next < words.length && words[next].index! < end) next++;
      const after = words.slice(next, next + (arabic ? ARABIC_WINDOW : 1));
      for (const w of after) {
        covered.add(w.index!);
        if (!arabic && /^\p{Lu}/u.test(w[0])) continue;
        const body = stateWord(w[0], lang, lexicon);
        const match = states.find((h) => sameState(h, body, !arabic));
        if (match && !negated && sharesTopic(headlineWords, match, words, lang, lexicon)) negated = { offset: sentence.start + n.index, phrase: sentence.text.slice(n.index, w.index! + w[0].length), headlineWord: match };
      }
    }
    if (!negated) continue;
    // A later plain statement of the same state supports the headline.
    for (const w of words) {
      if (covered.has(w.index!) || sentence.start + w.index! <= negated.offset) continue;
      if (sameState(negated.headlineWord, stateWord(w[0], lang, lexicon), !arabic)) return null;
    }
  }
  if (!negated) return null;
  return {
    start: headline.start,
    end: headline.end,
    text: headline.text,
    kind: 'headline-mismatch',
    message: `Headline says '${negated.headlineWord.text}' but the body says '${negated.phrase}'; check the headline against the body.`,
    cue: { start: negated.offset, end: negated.offset + negated.phrase.length, text: negated.phrase },
  };
}
