// Cross-article consistency diagnostics (issue 5) with related information pointing at the other
// article's exact location.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { LspClient, SAMPLE_FILES, ensureBuilt, makeWorkspace, rangeOf, readSample, uriOf } from './harness';

const MEETING_17 = 'Putin dan Pezeshkian Bertemu\n\nPresiden Rusia Vladimir Putin akan bertemu Presiden Iran Masoud Pezeshkian pada 17 Januari 2025 di Moskow.\n';
const MEETING_18 = 'Rencana Pertemuan di Moskow\n\nPresiden Rusia Vladimir Putin dijadwalkan bertemu Presiden Iran Masoud Pezeshkian pada 18 Januari 2025 di Moskow.\n';

describe('LSP cross-article consistency', function () {
  this.timeout(60_000);
  let client: LspClient;
  let workspace: string;

  before(async () => {
    ensureBuilt();
    workspace = await makeWorkspace({ 'meetings/a.txt': MEETING_17, 'meetings/b.txt': MEETING_18 });
    client = await LspClient.start({ workspace });
    await client.request('newsAnnotator/indexStatus', { wait: true });
  });
  after(() => client.stop());

  it('flags the Arabic headline naming al-Assad where the body and another article name al-Sharaa', async () => {
    const [IND_000, , , , ARB_004] = SAMPLE_FILES;
    const text = await readSample(ARB_004);
    const other = await readSample(IND_000);
    const uri = uriOf(path.join(workspace, ARB_004));
    await client.open(uri, text);
    const published = await client.diagnostics(uri);
    const found = published.diagnostics.filter((d) => d.code === 'cross-article-headline');
    const assad = text.indexOf('الأسد');
    const sharaa = other.indexOf('Ahmed al-Shara');
    assert.deepEqual(
      found.map((d) => [d.range, d.severity, d.relatedInformation]),
      [
        [
          rangeOf(text, assad, assad + 'الأسد'.length),
          DiagnosticSeverity.Warning,
          [{ location: { uri: uriOf(path.join(workspace, IND_000)), range: rangeOf(other, sharaa, sharaa + 'Ahmed al-Shara'.length) }, message: `The headline of ${IND_000} names Ahmed al-Shara` }],
        ],
      ],
    );
    assert.match(found[0].message, /^The headline names الأسد, but the body names Ahmed al-Sharaa more often/);
  });

  it('flags articles dating the same meeting differently, pointing at the others', async () => {
    const ind002 = await readSample(SAMPLE_FILES[2]);
    const location = (file: string, text: string, needle: string) => ({ uri: uriOf(path.join(workspace, file)), range: rangeOf(text, text.indexOf(needle), text.indexOf(needle) + needle.length) });
    const expectations: [string, string, string, ReturnType<typeof location>[]][] = [
      // a.txt agrees with sample 002 (“17 Januari mendatang”, resolved to 2025-01-17): only b.txt disagrees.
      ['meetings/a.txt', MEETING_17, '17 Januari 2025', [location('meetings/b.txt', MEETING_18, '18 Januari 2025')]],
      ['meetings/b.txt', MEETING_18, '18 Januari 2025', [location(SAMPLE_FILES[2], ind002, '17 Januari mendatang'), location('meetings/a.txt', MEETING_17, '17 Januari 2025')]],
    ];
    for (const [file, text, mine, related] of expectations) {
      const uri = uriOf(path.join(workspace, file));
      await client.open(uri, text);
      const published = await client.diagnostics(uri);
      const found = published.diagnostics.filter((d) => d.code === 'cross-article-date');
      const at = text.indexOf(mine);
      assert.deepEqual(
        found.map((d) => [d.range, d.severity, d.relatedInformation!.map((r) => r.location)]),
        [[rangeOf(text, at, at + mine.length), DiagnosticSeverity.Information, related]],
      );
    }
  });

  it('drops the disagreement in both open articles once one of them is corrected (didChange re-analysis)', async () => {
    const b = uriOf(path.join(workspace, 'meetings', 'b.txt'));
    const a = uriOf(path.join(workspace, 'meetings', 'a.txt'));
    const at = MEETING_18.indexOf('18 Januari');
    await client.change(b, 2, [{ range: rangeOf(MEETING_18, at, at + 2), text: '17' }]);
    const corrected = await client.diagnostics(b, (p) => p.version === 2);
    assert.deepEqual(corrected.diagnostics.filter((d) => d.code === 'cross-article-date'), []);
    const other = await client.diagnostics(a, (p) => !p.diagnostics.some((d) => d.code === 'cross-article-date'));
    assert.equal(other.version, 1);
  });
});
