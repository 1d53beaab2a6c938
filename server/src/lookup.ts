// What sits at an offset of an analysed article.
import type { Claim, DateMention, EntityMention, TextSpan } from './engine';

/**
 * The smallest span containing the offset. A cursor right after a span's last character also
 * counts, unless another span starts there.
 */
function spanAt<T extends TextSpan>(spans: readonly T[], offset: number): T | undefined {
  const smallest = (inside: (s: T) => boolean) =>
    spans.filter(inside).reduce<T | undefined>((best, s) => (!best || s.end - s.start < best.end - best.start ? s : best), undefined);
  return smallest((s) => s.start <= offset && offset < s.end) ?? smallest((s) => s.start < offset && offset === s.end);
}

export function entityAt(entities: readonly EntityMention[], offset: number): EntityMention | undefined {
  return spanAt(entities, offset);
}

export function dateAt(dates: readonly DateMention[], offset: number): DateMention | undefined {
  return spanAt(dates, offset);
}

export function claimAt(claims: readonly Claim[], offset: number): Claim | undefined {
  return spanAt(claims, offset);
}
