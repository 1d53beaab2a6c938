// Hover: what the analysis says about the entity, date or claim under the cursor.
import { MarkupKind, type Hover } from 'vscode-languageserver';
import type { Corpus } from './corpus';
import type { AnalysedDocument } from './documents';
import type { Claim, DateMention, EntityMention } from './engine';
import { LABEL_NAMES, summarizeEntity } from './entityInfo';
import { claimAt, dateAt, entityAt } from './lookup';
import { escapeMarkdown as esc, plural } from './markdown';
import type { Registry } from './registry';

const MAX_SPELLINGS = 12;

export function provideHover(doc: AnalysedDocument, offset: number, corpus: Corpus, registry: Registry): Hover | null {
  const { analysis, lines } = doc;
  const entity = entityAt(analysis.entities, offset);
  const date = entity ? undefined : dateAt(analysis.dates, offset);
  const claim = claimAt(analysis.claims, offset);
  const sections: string[] = [];
  if (entity) sections.push(entityHover(doc.uri, entity, corpus, registry));
  if (date) sections.push(dateHover(date));
  if (claim) sections.push(claimHover(claim));
  const span = entity ?? date ?? claim;
  if (!span) return null;
  return { contents: { kind: MarkupKind.Markdown, value: sections.join('\n\n---\n\n') }, range: lines.rangeOf(span.start, span.end) };
}

function entityHover(uri: string, mention: EntityMention, corpus: Corpus, registry: Registry): string {
  const key = corpus.keyOf(uri, mention);
  const summary = summarizeEntity(corpus, registry, key);
  const canonical = summary?.canonical ?? mention.canonical;
  const out = [`**${esc(canonical)}** · ${LABEL_NAMES[mention.label]} (${mention.label})`];
  const others = (summary?.spellings ?? []).filter((s) => s.text !== mention.text);
  if (others.length) {
    const shown = others.slice(0, MAX_SPELLINGS).map((s) => `${esc(s.text)} (${esc(s.lang)})`);
    if (others.length > MAX_SPELLINGS) shown.push(`${others.length - MAX_SPELLINGS} more`);
    out.push(`Also written: ${shown.join(', ')}`);
  }
  if (summary) {
    const open = corpus.mentionsOf(key).filter((r) => corpus.isOpen(r.article.uri));
    const openArticles = new Set(open.map((r) => r.article.uri)).size;
    out.push(
      `${plural(summary.mentions, 'mention')} in ${plural(summary.articles, 'workspace article')} ` +
        `(${plural(open.length, 'mention')} in ${plural(openArticles, 'open article')}), ` +
        `${plural(summary.languages.length, 'language')}: ${summary.languages.map(esc).join(', ')}`,
    );
  }
  const confidence = typeof mention.confidence === 'number' ? `, confidence ${mention.confidence.toFixed(2)}` : '';
  out.push(`Found by: ${esc(String(mention.source))}${confidence} · key ${esc(key)}`);
  return out.join('\n\n');
}

function dateHover(date: DateMention): string {
  const out = [`**Date** ${esc(date.text)}`];
  if (date.value) {
    const how = date.relative && date.reference ? `resolved against ${esc(date.reference)}, the article's reference date` : 'an absolute date';
    out.push(`= ${esc(date.value)} (${how})`);
  } else if (date.relative && !date.reference) {
    out.push('Unresolved: a relative expression, and the article gives no reference date.');
  } else out.push('Unresolved.');
  if (date.problem) out.push(`⚠ ${esc(date.problem)}`);
  return out.join('\n\n');
}

function claimHover(claim: Claim): string {
  const out = [`**Claim to check: ${claim.kind}**`, esc(claim.message)];
  if (claim.cue) out.push(`Cue: “${esc(claim.cue.text)}”`);
  return out.join('\n\n');
}
