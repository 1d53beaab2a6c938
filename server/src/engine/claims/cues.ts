// Cue-driven flags: unnamed sources, hedges, loaded wording (also in scare quotes), unattributed editorial
// assertions, unsourced explanations of an outcome and forecasts stated as certain.
import type { Claim, TextSpan } from '../types';
import { isSpaceCode } from './chars';
import { type ClaimLexicon, type Cue, matchesOf } from './lexicon';
import { clauseStart, type QuoteIndex, type Sentence, spanIn } from './sentences';

const MAX_QUOTED_IN_MESSAGE = 60;

function clip(s: string): string {
  return s.length <= MAX_QUOTED_IN_MESSAGE ? s : s.slice(0, MAX_QUOTED_IN_MESSAGE - 1).trimEnd() + '…';
}

type CueFamily = 'anonymous-source' | 'hedge' | 'loaded-language' | 'scare-quote' | 'unattributed-claim' | 'record' | 'causal' | 'forecast';

const KIND: Record<CueFamily, Claim['kind']> = {
  'anonymous-source': 'anonymous-source',
  hedge: 'hedge',
  'loaded-language': 'loaded-language',
  'scare-quote': 'loaded-language',
  'unattributed-claim': 'unattributed-claim',
  record: 'unattributed-claim',
  causal: 'unattributed-claim',
  forecast: 'unattributed-claim',
};

const MESSAGES: Record<CueFamily, (cue: string, span: string) => string> = {
  'anonymous-source': (cue) => `Unnamed source: identify who '${clip(cue)}' is before relying on what it says.`,
  hedge: (cue) => `Speculation: '${clip(cue)}' hedges this statement; find who expects or alleges it, or report it as unconfirmed.`,
  'loaded-language': (cue) => `Loaded wording: '${clip(cue)}' is an evaluation stated as fact; keep it only if a named source says so.`,
  'scare-quote': (cue) => `Scare quotes: ${clip(cue)} is set in quotation marks with nobody named as saying it; find who used the word or drop it.`,
  'unattributed-claim': (_cue, span) => `No source: '${clip(span)}' is asserted without attribution; find who says so before repeating it.`,
  record: (cue) =>
    `Unsourced record: '${clip(cue)}' compares with the past (a record, a first, a multiplication, the worst in years); check it against the historical figures or find who says so.`,
  causal: (cue) => `Unsourced explanation: '${clip(cue)}' gives the cause of an outcome with no source; find who makes this link or present it as analysis.`,
  forecast: (cue) => `Forecast stated as certain: '${clip(cue)}' predicts an outcome with no source; attribute the forecast or report it as expected, not certain.`,
};

function claim(family: CueFamily, span: TextSpan, cue: TextSpan): Claim {
  return { start: span.start, end: span.end, text: span.text, kind: KIND[family], message: MESSAGES[family](cue.text, span.text), cue };
}

/** Quotations of at most this many words with nobody named as saying them are read as scare quotes. */
const SCARE_QUOTE_WORDS = 4;
const LATIN_LOWER_START = /^[«“"„\s]*\p{Ll}/u;
/** How far before a quotation a naming word ("surnommés", "dijuluki", "بعنوان") is looked for. */
const NAMING_WINDOW = 40;

/**
 * Whether splitting a trimmed text at white space gives more than `max` pieces (what `text.split(/\s+/).length > max`
 * says, without a new regexp per call and without reading a long quotation to its end).
 */
function hasMoreWordsThan(text: string, max: number): boolean {
  let count = 1;
  for (let i = 1; i < text.length; i++) if (isSpaceCode(text.charCodeAt(i)) && !isSpaceCode(text.charCodeAt(i - 1)) && ++count > max) return true;
  return false;
}

/** Whether a text ends with . ! ? or ؟ (what `/[.!?؟]$/` tests, without trying it at every position). */
function endsSentence(text: string): boolean {
  const code = text.charCodeAt(text.length - 1);
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x061f;
}

/**
 * Short quotations in the writer's own voice around an evaluative word ("un « scandale » étouffé",
 * 'proyek "siluman"'): not speech, not a name or a term being introduced, and holding a loaded word or a
 * label that is loaded in quotation marks. In Latin script the quoted words must also start in lower case
 * (names and titles are capitalised).
 */
function scareQuotes(text: string, sentence: Sentence, quotes: QuoteIndex, lexicon: ClaimLexicon, arabic: boolean): Claim[] {
  const out: Claim[] = [];
  for (const q of quotes.overlapping(sentence.start, sentence.end)) {
    if (q.attribution || q.start <= sentence.start || q.end > sentence.end) continue;
    const inner = q.text.slice(1, -1).trim();
    if (!inner || endsSentence(inner) || hasMoreWordsThan(inner, SCARE_QUOTE_WORDS)) continue;
    if (!arabic && !LATIN_LOWER_START.test(inner)) continue;
    if (!matchesOf(lexicon.loaded, inner).length && !matchesOf(lexicon.scareQuoteWords, inner).length) continue;
    const before = text.slice(Math.max(sentence.start, q.start - NAMING_WINDOW), q.start).trimEnd();
    if (matchesOf(lexicon.scareQuoteNaming, before).some((m) => m.index + m.text.length === before.length)) continue;
    out.push(claim('scare-quote', spanIn(text, clauseStart(sentence, q.start), q.end), q));
  }
  return out;
}

/**
 * Where an unattributed assertion starts: the cue's clause, or the sentence when the cue opens a clause
 * that lacks its subject ("Ces feux, de plus en plus précoces, sont la conséquence directe de …").
 */
function assertionStart(sentence: Sentence, cue: TextSpan): number {
  const start = clauseStart(sentence, cue.start);
  return start === cue.start ? sentence.start : start;
}

/** What may stand before a cue that opens its clause: an Arabic conjunction or preposition, quotes, brackets. */
const OPENER = /^[\s"'“«(وفبل]{0,2}$/u;

/**
 * Loaded wording spans from its clause's start to the cue; a cue that opens its clause ("Ironisnya, …",
 * "Malheureusement …", "وللأسف …") spans the clause it colours.
 */
function loadedSpan(text: string, sentence: Sentence, cue: TextSpan): TextSpan {
  const start = clauseStart(sentence, cue.start);
  if (!OPENER.test(text.slice(start, cue.start))) return spanIn(text, start, cue.end);
  const next = sentence.clauseStarts.find((s) => s > cue.end);
  const sameClause = spanIn(text, start, next ?? sentence.end);
  return sameClause.end > cue.end ? sameClause : spanIn(text, start, sentence.end);
}

/** What may stand before an outcome that is the subject of its clause: a determiner, a conjunction و/ف, quotes. */
const SUBJECT_LEAD = /^[\s"'“«(وف]*(?:(?:le|la|les|l['’]|cette|ce|cet|ces|son|sa|ses|leur|leurs|the|this|its|their)\s*)?$/iu;

/**
 * The explanation is about the outcome when the outcome is the subject of the connector's clause
 * ("Kemenangan partai itu disebabkan …", "La victoire s'explique par …") or inside the connector
 * ("ويعود فوز الحزب إلى"), not a word elsewhere ("Gol kemenangan dicetak … karena …").
 */
function explainsOutcome(text: string, sentence: Sentence, because: TextSpan, outcome: TextSpan): boolean {
  if (because.start <= outcome.start && outcome.end <= because.end) return true;
  const start = clauseStart(sentence, because.start);
  return outcome.start >= start && outcome.start < because.start && SUBJECT_LEAD.test(text.slice(start, outcome.start));
}

/**
 * Hedges that open a clause after the clause of every source cue of the sentence (as matches in the
 * sentence's text): speculation in the writer's voice after a source has been quoted or cited.
 */
function laterHedges(text: string, sentence: Sentence, hedges: () => readonly TextSpan[], sources: readonly Match[]): Claim[] {
  const sourcesEnd = Math.max(...sources.map((m) => sentence.start + m.index + m.text.length));
  if (!sentence.clauseStarts.some((start) => start >= sourcesEnd)) return [];
  return hedges()
    .filter((cue) => {
      const start = clauseStart(sentence, cue.start);
      return start >= sourcesEnd && OPENER.test(text.slice(start, cue.start));
    })
    .map((cue) => claim('hedge', spanIn(text, clauseStart(sentence, cue.start), sentence.end), cue));
}

type Match = { index: number; text: string };
const NO_CUES: readonly TextSpan[] = [];

/** Two lists of matches as one, without a copy when one is empty (most often both are). */
const joined = (a: readonly Match[], b: readonly Match[]): readonly Match[] => (!b.length ? a : !a.length ? b : [...a, ...b]);

/** The matches of a cue in a sentence that no quotation holds, as spans of the article. */
function cuesOutsideQuotes(cue: Cue, sentence: Sentence, quotes: QuoteIndex): readonly TextSpan[] {
  const matches = matchesOf(cue, sentence.text);
  if (!matches.length) return NO_CUES;
  const out: TextSpan[] = [];
  for (const m of matches) {
    const start = sentence.start + m.index;
    const end = start + m.text.length;
    if (!quotes.contains(start, end)) out.push({ start, end, text: m.text });
  }
  return out;
}
const inside = (m: Match, outer: Match) => outer.index <= m.index && m.index + m.text.length <= outer.index + outer.text.length;

/**
 * Flags per sentence. Speculation, loaded wording and unattributed assertions are the writer's own only
 * when the sentence names no source and the cue is not inside a quotation; unnamed sources are flagged
 * wherever they stand outside quotations. A saying verb whose subject is an unnamed or vague source
 * ("selon une source proche", "selon les premières estimations") names nobody; speculation in a sentence
 * with an unnamed source is left to that source's flag. The same guard holds for scare quotes, unsourced
 * explanations of an outcome and forecasts stated as certain.
 */
export function cueClaims(text: string, sentences: Sentence[], quotes: QuoteIndex, lexicon: ClaimLexicon, arabic: boolean): Claim[] {
  const claims: Claim[] = [];
  for (const sentence of sentences) {
    const cues = (cue: Cue) => cuesOutsideQuotes(cue, sentence, quotes);
    const anonymous = cues(lexicon.anonymousSource);
    for (const cue of anonymous) claims.push(claim('anonymous-source', cue, cue));
    const unnamed = joined(matchesOf(lexicon.anonymousSource, sentence.text), matchesOf(lexicon.vagueSource, sentence.text));
    const said = matchesOf(lexicon.attribution, sentence.text);
    const attributions = said.length && unnamed.length ? said.filter((m) => !unnamed.some((u) => inside(m, u))) : said;
    const quotedSpeech = quotes.overlapsSpeech(sentence.start, sentence.end);
    if (attributions.length || quotedSpeech) {
      // The source's words end where a later clause opens with speculation of its own ("…، ومن المتوقع أن …").
      if (!quotedSpeech) claims.push(...laterHedges(text, sentence, () => cues(lexicon.hedge), [...attributions, ...unnamed]));
      continue;
    }
    if (!anonymous.length) {
      for (const cue of cues(lexicon.hedge)) claims.push(claim('hedge', spanIn(text, clauseStart(sentence, cue.start), sentence.end), cue));
    } else claims.push(...laterHedges(text, sentence, () => cues(lexicon.hedge), unnamed));
    for (const cue of cues(lexicon.loaded)) claims.push(claim('loaded-language', loadedSpan(text, sentence, cue), cue));
    for (const cue of cues(lexicon.unattributed)) {
      claims.push(claim('unattributed-claim', spanIn(text, assertionStart(sentence, cue), sentence.end), cue));
    }
    for (const cue of cues(lexicon.records)) claims.push(claim('record', spanIn(text, assertionStart(sentence, cue), sentence.end), cue));
    claims.push(...scareQuotes(text, sentence, quotes, lexicon, arabic));
    // One explanation per sentence, and only of an outcome worth sourcing ("Kenaikan harga terjadi karena …", "ويعود فوز … إلى").
    const because = cues(lexicon.causal)[0];
    if (because && cues(lexicon.outcomes).some((o) => explainsOutcome(text, sentence, because, o))) {
      claims.push(claim('causal', spanIn(text, assertionStart(sentence, because), sentence.end), because));
    }
    const forecast = cues(lexicon.certainForecast)[0];
    if (forecast) claims.push(claim('forecast', spanIn(text, clauseStart(sentence, forecast.start), sentence.end), forecast));
  }
  return claims;
}
