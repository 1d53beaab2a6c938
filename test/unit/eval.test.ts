import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { evaluate, type GoldDoc, type PredDoc } from '../../server/src/eval/metrics';
import { formatReport, summaryLine } from '../../server/src/eval/report';

const root = path.resolve(__dirname, '../..');
const goldDir = path.join(root, 'test/gold');
const sharedScorer = path.resolve(root, '../shared/tools/score.mjs');
const golds: GoldDoc[] = fs
  .readdirSync(goldDir)
  .filter((f) => f.endsWith('.gold.json'))
  .sort()
  .map((f) => JSON.parse(fs.readFileSync(path.join(goldDir, f), 'utf8')));

/** Predictions made from the gold with every kind of error: dropped, shifted, relabelled, relinked, spurious. */
function perturbed(): PredDoc[] {
  return golds.map((g, d) => ({
    file: `samples/${g.doc}`,
    lang: d === 1 ? 'zlm' : g.lang,
    entities: [
      ...g.entities
        .filter((_, i) => i % 5 !== 0)
        .map((e, i) => ({
          start: e.start,
          end: i % 7 === 0 ? e.end + 1 : e.end,
          text: e.text,
          label: i % 6 === 0 ? 'ORG' : e.label,
          entity: i % 4 === 0 ? `${e.entity}-${d}` : e.entity,
        })),
      { start: 0, end: 3, text: 'xyz', label: 'PER', entity: 'someone' },
    ],
    dates: g.dates.map((x, i) => ({ ...x, value: i === 0 ? '1999-01-01' : x.value })).concat([{ start: 5, end: 9, text: 'abcd', value: null }]),
    claims: g.claims.filter((_, i) => i % 2 === 0).concat([{ start: 1, end: 4, text: 'abc', kind: 'hedge' }]),
    boilerplate: (g.boilerplate ?? []).filter((_, i) => i % 2 === 1).map((b) => ({ ...b, end: b.end + 2 })),
  }));
}

describe('eval', () => {
  let predFile: string;
  before(() => {
    assert.ok(fs.existsSync(sharedScorer), `the shared scorer is missing at ${sharedScorer}: clone the project beside ../shared`);
    predFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'eval-')), 'pred.jsonl');
    fs.writeFileSync(predFile, perturbed().map((p) => JSON.stringify(p)).join('\n') + '\n');
  });

  function sharedFigures(): Record<string, { p: number; r: number; f: number; np: number; ng: number }> {
    const r = spawnSync(process.execPath, [sharedScorer, goldDir, predFile, '--json'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    return JSON.parse(r.stdout);
  }

  function assertAgrees(mine: Record<string, unknown>, shared: Record<string, unknown>) {
    const keys = Object.keys(shared).filter((k) => typeof shared[k] === 'object');
    assert.ok(keys.length >= 30, `the shared scorer reported only ${keys.length} figures`);
    for (const k of keys) {
      const s = shared[k] as { p: number; r: number; f: number; np: number; ng: number };
      const m = mine[k] as typeof s | undefined;
      assert.ok(m, `missing figure ${k}`);
      for (const field of ['p', 'r', 'f', 'np', 'ng'] as const) assert.ok(Math.abs(m[field] - s[field]) < 1e-9, `${k}.${field}: ${m[field]} vs ${s[field]}`);
    }
    assert.equal(mine.docs, shared.docs);
    assert.equal(mine.missing, shared.missing);
  }

  it('computes the same figures as the shared scorer on the same predictions', () => {
    const e = evaluate(golds, fs.readFileSync(predFile, 'utf8').trim().split('\n').map((l) => JSON.parse(l)));
    assertAgrees({ ...e.figures, docs: e.docs, missing: e.missing }, sharedFigures());
  });

  it('prints the same figures from the command line (--pred --json)', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'server/src/eval/cli.ts'), goldDir, '--pred', predFile, '--json'], {
      encoding: 'utf8',
      cwd: root,
    });
    assert.equal(r.status, 0, r.stderr);
    assertAgrees(JSON.parse(r.stdout), sharedFigures());
  });

  it('scores and lists errors on a small hand-made case', () => {
    const gold: GoldDoc = {
      doc: 'a.txt',
      lang: 'ind',
      entities: [
        { start: 0, end: 5, text: 'Putin', label: 'PER', entity: 'vladimir-putin' },
        { start: 10, end: 16, text: 'Moskow', label: 'LOC', entity: 'moscow' },
        { start: 20, end: 25, text: 'Putin', label: 'PER', entity: 'vladimir-putin' },
      ],
      dates: [{ start: 30, end: 40, text: '17 Januari', value: '2025-01-17' }],
      claims: [{ start: 50, end: 60, text: 'diharapkan', kind: 'hedge' }],
      boilerplate: [{ start: 70, end: 75, text: 'Share' }],
    };
    const pred: PredDoc = {
      file: 'dir/a.txt',
      lang: 'ind',
      entities: [
        { start: 0, end: 5, text: 'Putin', label: 'PER', entity: 'p1' },
        { start: 10, end: 16, text: 'Moskow', label: 'PER', entity: 'm' },
        { start: 20, end: 25, text: 'Putin', label: 'PER', entity: 'p2' },
      ],
      dates: [{ start: 30, end: 32, text: '17', value: '2025-02-17' }],
      claims: [
        { start: 55, end: 65, text: 'x', kind: 'hedge' },
        { start: 80, end: 85, text: 'y', kind: 'hedge' },
      ],
      boilerplate: [{ start: 72, end: 78, text: 'are:x' }],
    };
    const e = evaluate([gold], [pred]);
    assert.deepEqual(
      { p: e.figures['ner:all'].p, r: e.figures['ner:all'].r },
      { p: 2 / 3, r: 2 / 3 },
    );
    assert.equal(e.figures['claim:all'].p, 0.5);
    assert.equal(e.figures['claim:all'].r, 1);
    assert.equal(e.figures['dateval:all'].r, 0);
    assert.equal(e.figures['boiler:ind'].p, 0.5);
    assert.equal(e.figures['boiler:ind'].r, 0.6);
    assert.equal(e.figures['link:all'].r, 0);
    assert.deepEqual(e.figures['claimkind:hedge'], { p: 0.5, r: 1, f: 2 / 3, np: 2, ng: 1 });
    const rows = e.errors.map((x) => `${x.area}|${x.type}|${x.start}-${x.end}|${x.detail}`);
    assert.deepEqual(rows, [
      'entity|wrong label|10-16|gold LOC, predicted PER',
      'date|wrong value|30-40|gold 2025-01-17, predicted 2025-02-17',
      'claim|spurious|80-85|hedge',
      'boilerplate|missed|70-72|2 chars',
      'boilerplate|spurious|75-78|3 chars',
      "link|wrong link|20-25|keyed 'p2' but other mentions of vladimir-putin are keyed 'p1'",
    ]);
    const report = formatReport(e, 10);
    assert.match(report, /\nhedge\s+50\.0\s+100\.0\s+2\s+1\n/);
    assert.match(report, /wrong label\s+a\.txt\s+10-16\s+"Moskow"\s+gold LOC, predicted PER/);
    assert.equal(report.split('\n').pop(), summaryLine(e));
    assert.equal(summaryLine(e), 'docs 1 missing 0 | NER F 66.7 | dates F 100.0 val 0.0 | claims F 66.7 | link crosslang F n/a | boiler F 54.5');
  });
});
