// Whether chrono can find anything in a text, told cheaply from what its parsers' patterns require. chrono's
// results all come from matches of its parsers' patterns (its refiners only merge, amend or drop results), so
// when no pattern can match, parse() returns nothing. Each pattern is read once into clauses: sets of strings
// or character classes, one of which every match contains. A text lacking every alternative of one of a
// pattern's clauses cannot hold a match of it. The clauses are tested with the pattern's own flags, so that
// case-insensitive matching is the same.
import * as chrono from 'chrono-node';
import { RegexpReader } from '../regexpReader';

/** Sources of alternatives (escaped literal strings or character classes) one of which every match contains. */
type Clause = string[];

/** Clauses every match satisfies, all of them; empty when nothing is known. */
type Clauses = Clause[];

/** The most clauses an alternation is read into (see ClauseReader.alternation). */
const MAX_CLAUSES = 16;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const strengths = new WeakMap<Clause, number>();

/** How good a clause is as a filter: its shortest alternative's length in characters (a class counts 1). */
function strength(clause: Clause): number {
  let min = strengths.get(clause);
  if (min === undefined) {
    min = Infinity;
    for (const source of clause) min = Math.min(min, source.startsWith('[') || source === '\\d' ? 1 : source.replace(/\\(.)/g, '$1').replace(/ /g, '').length);
    strengths.set(clause, min);
  }
  return min;
}

/** A recursive-descent reader of a regexp source, computing the clauses of its matches. */
class ClauseReader extends RegexpReader<Clauses> {
  /** The clauses; throws on a construct it does not follow. */
  read(): Clauses {
    return this.readSource();
  }

  /**
   * One alternative's clauses; for several, clauses their disjunction implies: unions of one clause of each
   * alternative. Every such choice while there are at most MAX_CLAUSES, else the unions of each one's first
   * clauses, of each one's second (or last) clauses, and so on, single characters left out where an alternative
   * has a longer clause. Nothing is known when one alternative has no clause.
   */
  protected alternation(): Clauses {
    const alternatives: Clauses[] = [this.sequence()];
    while (this.source[this.i] === '|') {
      this.i++;
      alternatives.push(this.sequence());
    }
    if (alternatives.length === 1) return alternatives[0];
    if (alternatives.some((clauses) => !clauses.length)) return [];
    let choices = 1;
    for (const clauses of alternatives) choices *= clauses.length;
    let unions: Clauses = [[]];
    if (choices <= MAX_CLAUSES) {
      for (const clauses of alternatives) {
        if (clauses.length === 1) for (const union of unions) union.push(...clauses[0]);
        else unions = unions.flatMap((union) => clauses.map((c) => [...union, ...c]));
      }
    } else {
      // A single character ("[ةا]") is in most texts: such a clause is chosen only when an alternative has no other.
      const pools = alternatives.map((clauses) => (clauses.some((c) => strength(c) > 1) ? clauses.filter((c) => strength(c) > 1) : clauses));
      const most = Math.max(...pools.map((pool) => pool.length));
      unions = Array.from({ length: most }, (_, k) => pools.flatMap((pool) => pool[Math.min(k, pool.length - 1)]));
    }
    return unions.map((union) => [...new Set(union)]);
  }

  /** The clauses of a sequence: its runs of literal characters and what its required items require. */
  private sequence(): Clauses {
    const clauses: Clauses = [];
    let run = '';
    const flush = () => {
      if (run) clauses.push([escape(run)]);
      run = '';
    };
    while (this.inSequence()) {
      const atom = this.atom();
      const { min, quantified } = this.quantifier();
      // A quantified atom never joins a run of literals: "ab+c" requires "ab", not "abc".
      if (!quantified && atom.literal !== undefined) {
        run += atom.literal;
        continue;
      }
      flush();
      if (min >= 1) clauses.push(...(atom.literal !== undefined ? [[escape(atom.literal)]] : atom.clauses));
    }
    flush();
    return clauses;
  }

  /** One atom: a literal character, or a group, class, escape or assertion with the clauses it brings. */
  private atom(): { literal?: string; clauses: Clauses } {
    const c = this.source[this.i];
    if (c === '(') {
      const { inner, lookaround } = this.group();
      return { clauses: lookaround ? [] : inner };
    }
    if (c === '[') {
      const body = this.classBody();
      // A negated class matches nearly anything: no filter.
      return { clauses: body.startsWith('^') ? [] : [[`[${body}]`]] };
    }
    if (c === '\\') {
      const next = this.escape();
      if (next === 'd') return { clauses: [['\\d']] };
      // Escaped punctuation is that character; other letter and digit escapes are classes, assertions or references.
      return /[\p{L}\p{N}]/u.test(next) ? { clauses: [] } : { literal: next, clauses: [] };
    }
    if (c === ')' || c === '*' || c === '+' || c === '?' || c === '{') throw new SyntaxError('unexpected ' + c);
    if (c === '.' || c === '^' || c === '$') {
      this.i++;
      return { clauses: [] };
    }
    return { literal: this.plainCharacter(), clauses: [] };
  }
}

/** A pattern's clauses as expressions with the pattern's flags; none when its source is not understood. */
export function clauseTests(pattern: RegExp): RegExp[] {
  let clauses: Clauses;
  if (pattern.flags.includes('v')) return []; // nested classes: not read
  try {
    clauses = new ClauseReader(pattern.source).read();
  } catch {
    return [];
  }
  const flags = pattern.flags.replace(/[gyd]/g, '');
  // A clause that holds all of another's alternatives is implied by it.
  const sets = clauses.map((clause) => new Set(clause));
  const needed = clauses.filter((_, i) => !sets.some((other, j) => j !== i && other.size <= sets[i].size && [...other].every((s) => sets[i].has(s)) && (other.size < sets[i].size || j < i)));
  // Strongest first: a text is most often rejected by the first test.
  return needed.sort((a, b) => strength(b) - strength(a)).map((clause) => new RegExp(clause.join('|'), flags));
}

/** A chrono instance's filter: each parser's clause tests, and a first test they all must pass (null: none). */
interface ParserFilter {
  parsers: RegExp[][];
  /** Per flags, the union of every parser's strongest clause: a text none of these matches no parser can match. */
  anyParser: RegExp[] | null;
}

const filters = new WeakMap<chrono.Chrono, ParserFilter>();

/**
 * The filter of a chrono instance, read once. A parser's pattern depends on the parse options only (chrono asks
 * `context.option.forwardDate`), never on the text or the reference date, and the dates finder parses without
 * options: the patterns are the same at every call (test/unit/dates-chronoFilter.test.ts checks it).
 */
function filterOf(parser: chrono.Chrono, refDate: Date): ParserFilter {
  let filter = filters.get(parser);
  if (filter) return filter;
  const context = new chrono.ParsingContext('', refDate);
  const patterns = parser.parsers.map((p) => p.pattern(context));
  const parsers = patterns.map(clauseTests);
  let anyParser: RegExp[] | null = null;
  if (parsers.every((tests) => tests.length)) {
    const byFlags = new Map<string, string[]>();
    parsers.forEach((tests, i) => {
      const flags = patterns[i].flags.replace(/[gyd]/g, '');
      byFlags.set(flags, [...(byFlags.get(flags) ?? []), tests[0].source]);
    });
    anyParser = [...byFlags].map(([flags, sources]) => new RegExp(sources.join('|'), flags));
  }
  filters.set(parser, (filter = { parsers, anyParser }));
  return filter;
}

/** Whether `parser.parse(text, refDate)` (without options) may return a result: false only when no pattern of its parsers can match in `text`. */
export function mayParse(parser: chrono.Chrono, text: string, refDate: Date): boolean {
  const { parsers, anyParser } = filterOf(parser, refDate);
  if (anyParser && !anyParser.some((t) => t.test(text))) return false;
  return parsers.some((tests) => tests.every((t) => t.test(text)));
}
