// Unicode classes of characters, computed once per character on first use and kept: the engine's hot loops
// test these bits instead of running a \p{..} regexp per character. A lone surrogate unit has no class.
export const CHAR_LETTER = 1;
export const CHAR_MARK = 2;
export const CHAR_NUMBER = 4;
export const CHAR_UPPER = 8;
export const CHAR_LOWER = 16;
export const CHAR_SPACE = 32;
const KNOWN = 64;

const LETTER = /\p{L}/u;
const MARK = /\p{M}/u;
const NUMBER = /\p{N}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const SPACE = /\s/u;

function classify(character: string): number {
  return (
    KNOWN |
    (LETTER.test(character) ? CHAR_LETTER : 0) |
    (MARK.test(character) ? CHAR_MARK : 0) |
    (NUMBER.test(character) ? CHAR_NUMBER : 0) |
    (UPPER.test(character) ? CHAR_UPPER : 0) |
    (LOWER.test(character) ? CHAR_LOWER : 0) |
    (SPACE.test(character) ? CHAR_SPACE : 0)
  );
}

const unitClasses = new Uint8Array(0x10000);
const astralClasses = new Map<number, number>();

/** The class bits (CHAR_*) of a UTF-16 code unit, taken as a character of its own. */
export function unitClass(unit: number): number {
  return (unitClasses[unit] ||= classify(String.fromCharCode(unit)));
}

/** The class bits (CHAR_*) of a code point above the Basic Multilingual Plane. */
export function astralClass(point: number): number {
  let bits = astralClasses.get(point);
  if (bits === undefined) astralClasses.set(point, (bits = classify(String.fromCodePoint(point))));
  return bits;
}
