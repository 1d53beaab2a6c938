// Character tests by UTF-16 code unit, for loops that would otherwise run a Unicode regexp per character.

const SPACE = /\s/;
const LETTER = /\p{L}/u;
/** Per code unit: 0 not computed yet, 1 no, 2 yes. */
const spaces = new Uint8Array(0x10000);
const letters = new Uint8Array(0x10000);

/** Whether the code unit is white space or a line terminator (what `\s` and `trim` take). */
export function isSpaceCode(code: number): boolean {
  let s = spaces[code];
  if (s === 0) spaces[code] = s = SPACE.test(String.fromCharCode(code)) ? 2 : 1;
  return s === 2;
}

/** Whether the BMP code unit is a letter (`\p{L}`). */
function isLetterCode(code: number): boolean {
  let l = letters[code];
  if (l === 0) letters[code] = l = LETTER.test(String.fromCharCode(code)) ? 2 : 1;
  return l === 2;
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
      if (!LETTER.test(text.slice(i - 2, i))) break;
      i -= 2;
    } else if (isLetterCode(code)) i--;
    else break;
  }
  return i;
}
