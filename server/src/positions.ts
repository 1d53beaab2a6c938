// Conversions between engine offsets (UTF-16 indices into the text) and LSP positions.
// Out-of-range input never throws: conversions from positions return undefined.
import type { Position, Range } from 'vscode-languageserver';

/** Line start offsets of a text; shared by open documents and indexed files on disk. */
export class LineIndex {
  readonly lineStarts: number[];
  readonly length: number;

  constructor(lineStarts: number[], length: number) {
    this.lineStarts = lineStarts;
    this.length = length;
  }

  static of(text: string): LineIndex {
    return new LineIndex(computeLineStarts(text), text.length);
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: clamped - this.lineStarts[low] };
  }

  rangeOf(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }

  /** The offset of a position, or undefined when the position is outside the text. */
  offsetAt(position: Position): number | undefined {
    const { line, character } = position;
    if (!Number.isInteger(line) || !Number.isInteger(character) || line < 0 || character < 0) return undefined;
    if (line >= this.lineStarts.length) return undefined;
    const lineEnd = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1] : this.length;
    const offset = this.lineStarts[line] + character;
    return offset <= lineEnd ? offset : undefined;
  }
}

export function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10 /* \n */) starts.push(i + 1);
  }
  return starts;
}

/** Whether offset range [start, end) overlaps [from, to). */
export function overlaps(start: number, end: number, from: number, to: number): boolean {
  return start < to && end > from;
}
