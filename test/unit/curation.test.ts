import * as assert from 'node:assert/strict';
import { planCuration } from '../../server/src/agreement/curation';
import type { Annotation } from '../../server/src/store/schema';

function ann(annotator: string, start: number, end: number, label: Annotation['label'], extra: Partial<Annotation> = {}): Annotation {
  return {
    id: `${annotator}-${start}`,
    label,
    target: { start, end, exact: 'x'.repeat(end - start), prefix: '', suffix: '' },
    origin: 'manual',
    annotator,
    created: '2026-11-23T10:00:00Z',
    ...extra,
  };
}

describe('planCuration', () => {
  it('sends unanimous annotations straight to the curated layer', () => {
    const plan = planCuration(
      new Map([
        ['ana', [ann('ana', 0, 5, 'PER', { entity: 'putin' }), ann('ana', 10, 16, 'LOC')]],
        ['budi', [ann('budi', 0, 5, 'PER', { entity: 'putin' }), ann('budi', 10, 16, 'LOC')]],
      ]),
    );
    assert.deepEqual(plan.agreed.map((a) => [a.target.start, a.label]), [[0, 'PER'], [10, 'LOC']]);
    assert.equal(plan.disagreements.length, 0);
  });

  it('lists span, label, entity, verdict and presence disagreements with every version', () => {
    const plan = planCuration(
      new Map([
        ['ana', [ann('ana', 0, 5, 'PER', { entity: 'putin' }), ann('ana', 10, 16, 'LOC'), ann('ana', 20, 30, 'ORG'), ann('ana', 40, 60, 'CLAIM', { verdict: 'false' })]],
        ['budi', [ann('budi', 0, 5, 'PER', { entity: 'poutine' }), ann('budi', 10, 18, 'ORG'), ann('budi', 40, 60, 'CLAIM', { verdict: 'misleading' })]],
      ]),
    );
    assert.equal(plan.agreed.length, 0);
    assert.deepEqual(
      plan.disagreements.map((d) => [d.id, d.differences]),
      [
        ['span:0-5', ['entity']],
        ['span:10-18', ['span', 'label']],
        ['span:20-30', ['presence']],
        ['claim:40-60', ['verdict']],
      ],
    );
    assert.equal(plan.disagreements[2].versions.budi, null);
    assert.equal(plan.disagreements[2].versions.ana?.label, 'ORG');
  });

  it('keeps claims and the entities inside them apart', () => {
    const plan = planCuration(
      new Map([
        ['ana', [ann('ana', 0, 40, 'CLAIM', { claimKind: 'hedge' }), ann('ana', 5, 10, 'PER')]],
        ['budi', [ann('budi', 0, 40, 'CLAIM', { claimKind: 'hedge' }), ann('budi', 5, 10, 'PER')]],
      ]),
    );
    assert.equal(plan.agreed.length, 2);
    assert.equal(plan.disagreements.length, 0);
  });

  it('ignores orphaned annotations', () => {
    const plan = planCuration(new Map([['ana', [ann('ana', 0, 5, 'PER', { orphaned: true })]], ['budi', []]]));
    assert.deepEqual(plan, { agreed: [], disagreements: [] });
  });
});
