// brat and the W3C TextPositionSelector count Unicode code points; the store counts UTF-16 code units.

/** Maps UTF-16 offsets into `text` to code point offsets. */
export function codePointOffsets(text: string): (offset: number) => number {
  const map = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = cp;
    if (!isHighSurrogateOfPair(text, i)) cp++;
  }
  map[text.length] = cp;
  return (offset) => map[offset];
}

/** Maps code point offsets into `text` to UTF-16 offsets (undefined beyond the end). */
export function utf16Offsets(text: string): (codePoint: number) => number | undefined {
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) if (!(i > 0 && isHighSurrogateOfPair(text, i - 1))) map.push(i);
  map.push(text.length);
  return (cp) => (Number.isInteger(cp) && cp >= 0 ? map[cp] : undefined);
}

function isHighSurrogateOfPair(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  const d = text.charCodeAt(i + 1);
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff;
}
