// Headline-mismatch: the headline's person is not the person the story is about.
import { normalizeName } from '../normalize';
import type { ArticleStructure, Block, Claim, EntityMention } from '../types';

/** How many text blocks after the headline make up the opening of the story. */
const OPENING_BLOCKS = 3;
/** The story's main person must be named at least this often, and this many times as often as the headline's. */
const MIN_MAIN_MENTIONS = 3;
const DOMINANCE = 2;

/** A word without the Arabic article ("al-Assad", "الأسد" -> "assad", "اسد"), after normalizeName. */
const withoutArticle = (word: string) => word.replace(/^(?:al|el|ال)(?=\S{2})/, '');

/**
 * Whether one of the words of a normalised text (split at its single spaces), without the Arabic article, is
 * `word`: found where the text holds `word` at a word's end, without splitting the text.
 */
function holdsWord(normalized: string, word: string): boolean {
  if (!word) return !normalized; // a trimmed text with single spaces has an empty word only when it is empty
  for (let at = normalized.indexOf(word); at >= 0; at = normalized.indexOf(word, at + 1)) {
    const end = at + word.length;
    if (end < normalized.length && normalized.charCodeAt(end) !== 0x20) continue;
    const start = normalized.lastIndexOf(' ', at - 1) + 1;
    if (withoutArticle(normalized.slice(start, end)) === word) return true;
  }
  return false;
}

/** Surname keys by name, bounded: the same names come back in every article. */
const surnames = new Map<string, string>();
const KEPT_SURNAMES = 20000;

/** A person's surname key ("Bashar al-Assad", "Assad", "الأسد" -> "assad"/"اسد") to join mentions the recogniser keyed apart. */
function surname(m: EntityMention): string {
  const name = m.canonical || m.text;
  let key = surnames.get(name);
  if (key === undefined) {
    if (surnames.size >= KEPT_SURNAMES) surnames.clear();
    const normalized = normalizeName(name);
    key = withoutArticle(normalized.slice(normalized.lastIndexOf(' ') + 1));
    surnames.set(name, key);
  }
  return key;
}

/** Groups person mentions into people: same entity key or same surname. */
function personIds(mentions: EntityMention[]): Map<EntityMention, string> {
  const bySurname = new Map<string, string>();
  const ids = new Map<EntityMention, string>();
  for (const m of mentions) {
    const s = surname(m);
    const id = bySurname.get(s) ?? m.entity;
    bySurname.set(s, id);
    ids.set(m, id);
  }
  return ids;
}

const within = (m: EntityMention, b: Block) => b.start <= m.start && m.end <= b.end;

/** The block (of blocks in document order) that holds a mention, by binary search. */
function blockOf(blocks: Block[], m: EntityMention): Block | undefined {
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid].end < m.end) lo = mid + 1;
    else hi = mid;
  }
  return blocks[lo] && within(m, blocks[lo]) ? blocks[lo] : undefined;
}

/**
 * Flags the headline when it names a person who is missing from the story's opening and named at most half
 * as often in the body as another person, absent from the headline, who opens the story.
 */
export function headlineMismatch(structure: ArticleStructure, entities: EntityMention[]): Claim | null {
  const headline = structure.headline;
  // Most headlines name no person: nothing else needs reading then.
  if (!headline || !entities.some((m) => m.label === 'PER' && within(m, headline))) return null;
  const text = structure.blocks.filter((b) => b.kind !== 'boilerplate' && b !== headline);
  const inText = (m: EntityMention) => {
    const block = blockOf(structure.blocks, m);
    return block !== undefined && block.kind !== 'boilerplate';
  };
  const people = entities.filter((m) => m.label === 'PER' && inText(m));
  if (!people.some((m) => within(m, headline))) return null;
  const ids = personIds(people);
  const inHeadline = new Map<string, EntityMention>();
  for (const m of people) if (within(m, headline)) inHeadline.set(ids.get(m)!, m);
  if (!inHeadline.size) return null;
  const opening = text.filter((b) => b.kind !== 'subheading').slice(0, OPENING_BLOCKS);
  const bodyCount = new Map<string, number>();
  const opens = new Set<string>();
  const names = new Map<string, string>();
  for (const m of people) {
    if (within(m, headline)) continue;
    const id = ids.get(m)!;
    bodyCount.set(id, (bodyCount.get(id) ?? 0) + 1);
    names.set(id, names.get(id) ?? (m.canonical || m.text));
    if (opening.some((b) => within(m, b))) opens.add(id);
  }
  const main = [...bodyCount].filter(([id]) => !inHeadline.has(id) && opens.has(id)).sort((a, b) => b[1] - a[1])[0];
  if (!main || main[1] < MIN_MAIN_MENTIONS) return null;
  // A word of the opening, so that a headline name the recogniser missed or labelled otherwise still counts as present.
  const inOpening = (word: string) => opening.some((b) => holdsWord(normalizeName(b.text), word));
  for (const [id, m] of inHeadline) {
    const count = bodyCount.get(id) ?? 0;
    if (opens.has(id) || count * DOMINANCE > main[1] || inOpening(surname(m))) continue;
    return {
      start: headline.start,
      end: headline.end,
      text: headline.text,
      kind: 'headline-mismatch',
      message: `Headline names '${m.text}' but the story opens with and is mostly about '${names.get(main[0])}' (${main[1]} mentions vs ${count}); check the headline against the body.`,
      cue: { start: m.start, end: m.end, text: m.text },
    };
  }
  return null;
}
