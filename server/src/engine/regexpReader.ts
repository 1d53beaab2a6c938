// A recursive-descent reader of regexp sources, for the rules that learn from a pattern what its matches must
// contain or begin with (claims/requiredText.ts: the claim lexicons; dates/chronoFilter.ts: chrono's parsers).
// This part reads the syntax every such reader shares: groups, escapes, quantifiers and classes; a subclass
// says what an alternation and its atoms mean.

export abstract class RegexpReader<R> {
  protected i = 0;
  constructor(protected readonly source: string) {}

  /** What the alternation from the current position up to a ")" or the end means. */
  protected abstract alternation(): R;

  /** The reading of the whole source; throws a SyntaxError on a construct this reader does not follow. */
  protected readSource(): R {
    const r = this.alternation();
    if (this.i !== this.source.length) throw new SyntaxError('not understood');
    return r;
  }

  /** Whether the current sequence goes on (no "|" or ")" here). */
  protected inSequence(): boolean {
    return this.i < this.source.length && this.source[this.i] !== '|' && this.source[this.i] !== ')';
  }

  /** A group, read past from its "(": its alternation, and whether it is a lookaround (which matches no character). */
  protected group(): { inner: R; lookaround: boolean } {
    const s = this.source;
    this.i++;
    let lookaround = false;
    if (s.startsWith('?:', this.i)) this.i += 2;
    else if (/^\?<?[=!]/.test(s.slice(this.i, this.i + 3))) {
      lookaround = true;
      this.i += s[this.i + 1] === '<' ? 3 : 2;
    } else if (s.startsWith('?<', this.i)) this.i = s.indexOf('>', this.i) + 1;
    else if (s[this.i] === '?') throw new SyntaxError('unknown group');
    const inner = this.alternation();
    if (s[this.i] !== ')') throw new SyntaxError('unbalanced group');
    this.i++;
    return { inner, lookaround };
  }

  /**
   * An escape, read past from its backslash: the escaped character ("p" for \p{..}, "." for \., "1" for a
   * back-reference or octal escape of any number of digits).
   */
  protected escape(): string {
    const s = this.source;
    const next = s[this.i + 1];
    this.i += 2;
    if (/[pPuxk]/.test(next) && s[this.i] === '{') this.i = s.indexOf('}', this.i) + 1;
    else if (next === 'u') this.i += 4;
    else if (next === 'x') this.i += 2;
    else if (next === 'k') this.i = s.indexOf('>', this.i) + 1;
    else if (next === 'c') throw new SyntaxError('control escape');
    else if (next >= '0' && next <= '9') while (/[0-9]/.test(s[this.i] ?? '')) this.i++;
    return next;
  }

  /** The quantifier after an atom, read past (with its lazy marker): its minimum and maximum counts, 1 and 1 without one. */
  protected quantifier(): { min: number; max: number; quantified: boolean } {
    const s = this.source;
    const c = s[this.i];
    let min: number;
    let max: number;
    if (c === '?') [min, max] = [0, 1];
    else if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(this.i));
      if (!m) throw new SyntaxError('bad quantifier');
      this.i += m[0].length - 1;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity;
    } else return { min: 1, max: 1, quantified: false };
    this.i++;
    if (s[this.i] === '?') this.i++;
    return { min, max, quantified: true };
  }

  /** A character class, read past from its "[": what is between the brackets ("^a-z" for [^a-z]). */
  protected classBody(): string {
    const s = this.source;
    const start = ++this.i;
    for (; this.i < s.length && s[this.i] !== ']'; this.i++) if (s[this.i] === '\\') this.i++;
    if (this.i >= s.length) throw new SyntaxError('unbalanced class');
    return s.slice(start, this.i++);
  }

  /** A plain character, read past: a surrogate pair is one character. */
  protected plainCharacter(): string {
    const s = this.source;
    const code = s.charCodeAt(this.i++);
    return code >= 0xd800 && code <= 0xdbff && this.i < s.length ? s[this.i - 1] + s[this.i++] : s[this.i - 1];
  }
}

/** A reader whose alternation is the union of its alternatives' facts, null when one alternative's are unknown. */
export abstract class UnionReader<E> extends RegexpReader<E[] | null> {
  /** The facts, or null when nothing is known (a construct this reader does not follow). */
  read(): E[] | null {
    try {
      return this.readSource();
    } catch {
      return null;
    }
  }

  protected alternation(): E[] | null {
    const union: E[] = [];
    let known = true;
    for (;;) {
      const r = this.sequence();
      if (r) union.push(...r);
      else known = false;
      if (this.source[this.i] !== '|') break;
      this.i++;
    }
    return known ? union : null;
  }

  protected abstract sequence(): E[] | null;
}
