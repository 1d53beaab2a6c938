// The first words of whole-line recognisers' names ("Ligue", "Ministry", "Cour"), looked for where the tokeniser
// starts a word: a line where none begins cannot hold such a name, and the recogniser's regexp need not run on it.

/** A unit as case-insensitive matching compares it with lower-case ASCII letters (ſ is s, the Kelvin sign k). */
function foldedUnit(unit: number): number {
  return unit >= 0x41 && unit <= 0x5a ? unit + 0x20 : unit === 0x17f ? 0x73 : unit === 0x212a ? 0x6b : unit;
}

export interface StartWords {
  words: Iterable<string>;
  /** Compared in any case (the words are then ASCII letters); otherwise as written. */
  anyCase: boolean;
  /** What a word of this list at a position adds to WordStarts.bitsAt's answer. */
  bit: number;
}

interface Entry {
  word: string;
  anyCase: boolean;
  bit: number;
}

/** Several lists of words, looked for together at a position. */
export class WordStarts {
  /** Entries by the folded first unit of their word, ASCII ones in an array. */
  readonly #ascii: (Entry[] | undefined)[] = Array.from({ length: 128 }, () => undefined);
  readonly #other = new Map<number, Entry[]>();
  /** For ASCII initials: which folded second units (ASCII; 127 for any other) some word goes on with, 128 bits per initial. */
  readonly #seconds = new Uint32Array(128 * 4);
  /** Bits of the lists the any-case comparison cannot read (a word not of ASCII letters): at every position. */
  readonly #everywhere: number;

  constructor(lists: StartWords[]) {
    let everywhere = 0;
    for (const { words, anyCase, bit } of lists) {
      for (const written of words) {
        const word = anyCase ? written.toLowerCase() : written;
        if (!word || (anyCase && !/^[a-z]+$/.test(word))) {
          everywhere |= bit;
          continue;
        }
        const initial = foldedUnit(word.charCodeAt(0));
        const entries = initial < 128 ? (this.#ascii[initial] ??= []) : this.#other.get(initial) ?? [];
        if (initial >= 128) this.#other.set(initial, entries);
        else this.#noteSecond(initial, word.length > 1 ? foldedUnit(word.charCodeAt(1)) : -1);
        entries.push({ word, anyCase, bit });
      }
    }
    this.#everywhere = everywhere;
  }

  /** Second units are folded to 0..127 (127 standing for every unit above); a one-unit word lets every unit pass (-1). */
  #noteSecond(initial: number, second: number): void {
    if (second < 0) for (let k = 0; k < 4; k++) this.#seconds[initial * 4 + k] = 0xffffffff;
    else {
      const unit = Math.min(second, 127);
      this.#seconds[initial * 4 + (unit >> 5)] |= 1 << (unit & 31);
    }
  }

  /** The bits of the lists one of whose words is written at `at` (the text may go on after it). */
  bitsAt(text: string, at: number): number {
    const initial = foldedUnit(text.charCodeAt(at));
    let bits = this.#everywhere;
    let entries: Entry[] | undefined;
    if (initial < 128) {
      // Most positions are rejected by their first two units.
      const second = Math.min(foldedUnit(text.charCodeAt(at + 1)), 127);
      if ((this.#seconds[initial * 4 + (second >> 5)] & (1 << (second & 31))) === 0) return bits;
      entries = this.#ascii[initial];
    } else entries = this.#other.get(initial);
    if (!entries) return bits;
    for (const { word, anyCase, bit } of entries) {
      if ((bits & bit) === 0 && (anyCase ? foldedAt(text, at, word) : text.startsWith(word, at))) bits |= bit;
    }
    return bits;
  }
}

/** Whether the lower-case ASCII word is written at `at`, in any case. */
function foldedAt(text: string, at: number, word: string): boolean {
  if (at + word.length > text.length) return false;
  for (let k = 0; k < word.length; k++) {
    if (foldedUnit(text.charCodeAt(at + k)) !== word.charCodeAt(k)) return false;
  }
  return true;
}
