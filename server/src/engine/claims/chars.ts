// Character tests by UTF-16 code unit, for loops that would otherwise run a Unicode regexp per character.
import { astralClass, CHAR_LETTER, CHAR_SPACE, unitClass } from '../charClasses';

/** Whether the code unit is white space or a line terminator (what `\s` and `trim` take). */
export function isSpaceCode(code: number): boolean {
  return (unitClass(code) & CHAR_SPACE) !== 0;
}

/**
 * Where the run of letters that ends at `end` starts, not before `from` (`end` when no letter ends there):
 * what `/\p{L}+$/u` finds in `text.slice(from, end)`, code points outside the BMP included.
 */
export function letterRunStart(text: string, from: number, end: number): number {
  let i = end;
  while (i > from) {
    const code = text.charCodeAt(i - 1);
    if ((code & 0xfc00) === 0xdc00 && i - 2 >= from && (text.charCodeAt(i - 2) & 0xfc00) === 0xd800) {
      if (!(astralClass(text.codePointAt(i - 2)!) & CHAR_LETTER)) break;
      i -= 2;
    } else if (unitClass(code) & CHAR_LETTER) i--;
    else break;
  }
  return i;
}

/**
 * The first code unit of `word.toLowerCase()`: that of its first unit lowered alone (no character's lower
 * case depends on what follows it), without a call for ASCII.
 */
export function lowerFirstUnit(word: string): number {
  return lowerUnit(word.charCodeAt(0));
}

/** The first code unit of a code unit's lower case, lowered alone. */
export function lowerUnit(code: number): number {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
  return String.fromCharCode(code).toLowerCase().charCodeAt(0);
}
