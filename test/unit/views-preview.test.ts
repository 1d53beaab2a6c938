import * as assert from 'node:assert/strict';
import { renderArticleHtml } from '../../client/src/views/articleHtml';
import { bcp47, languageName } from '../../client/src/views/language';
import { escapeHtml, renderWebviewPage } from '../../client/src/views/webviewHtml';
import type { ArticleAnalysisResult } from '../../server/src/protocol';

const HOSTILE = '<img src=x onerror=alert(1)></script><script>alert("x")</script>';

function article(text: string, spans: ArticleAnalysisResult['spans'], lang = 'ind', direction: 'ltr' | 'rtl' = 'ltr'): ArticleAnalysisResult {
  return { uri: 'file:///a.txt', text, lang, direction, spans };
}

/** The rendered article element alone, without header and legend. */
function body(html: string): string {
  return html.slice(html.indexOf('<article'));
}

describe('views: webview HTML', () => {
  it('escapes the five HTML metacharacters', () => {
    assert.equal(escapeHtml(`<a href="x" title='y'>&amp;</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
  });

  it('builds a page whose CSP allows only the nonce script and the extension origin, with a hostile title escaped', () => {
    const html = renderWebviewPage({
      cspSource: 'https://ext.vscode-cdn.net',
      nonce: 'abc123',
      title: HOSTILE,
      lang: 'en',
      styleUris: ['https://ext.vscode-cdn.net/media/p.css'],
      scriptUri: 'https://ext.vscode-cdn.net/media/p.js',
      bodyHtml: '<main id="root"></main>',
    });
    assert.ok(
      html.includes(
        `content="default-src 'none'; style-src https://ext.vscode-cdn.net; img-src https://ext.vscode-cdn.net data:; script-src 'nonce-abc123'"`.replace(/'/g, '&#39;'),
      ),
    );
    assert.ok(html.includes('<title>&lt;img src=x onerror=alert(1)&gt;&lt;/script&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</title>'));
    assert.equal(html.match(/<script/g)?.length, 1);
    assert.ok(html.includes('<script nonce="abc123" src="https://ext.vscode-cdn.net/media/p.js"></script>'));
  });
});

describe('views: article preview HTML', () => {
  it('escapes hostile article text, hover messages and file names', () => {
    const text = `Kata ${HOSTILE} di sini`;
    const html = renderArticleHtml(article(text, [{ start: 5, end: 5 + HOSTILE.length, kind: 'CLAIM', message: HOSTILE }]), {
      title: '"><svg onload=alert(1)>.txt',
    });
    assert.ok(!/<(img|svg|script)\b/i.test(html), html);
    assert.ok(html.includes('<span class="file">&quot;&gt;&lt;svg onload=alert(1)&gt;.txt</span>'));
    const escaped = escapeHtml(HOSTILE);
    assert.equal(
      body(html),
      `<article class="article" lang="id" dir="ltr"><p dir="auto" data-line="0">Kata <span class="hl hl-claim" data-start="5" data-end="${5 + HOSTILE.length}" ` +
        `title="Claim to check — ${escaped}">${escaped}</span> di sini</p></article>`,
    );
  });

  it('nests entities inside claims, shows canonical names on hover and splits a span that crosses its parent', () => {
    const text = 'Putin said Moskow is safe.';
    const html = renderArticleHtml(
      article(text, [
        { start: 0, end: 5, kind: 'PER', entity: 'vladimir-putin', canonical: 'Vladimir Putin' },
        { start: 0, end: 15, kind: 'CLAIM', message: 'Unattributed' },
        { start: 11, end: 20, kind: 'LOC' },
      ]),
      { title: 'a.txt' },
    );
    assert.equal(
      body(html),
      '<article class="article" lang="id" dir="ltr"><p dir="auto" data-line="0">' +
        '<span class="hl hl-claim" data-start="0" data-end="15" title="Claim to check — Unattributed">' +
        '<span class="hl hl-per" data-start="0" data-end="5" title="Person — Vladimir Putin">Putin</span> said ' +
        '<span class="hl hl-loc" data-start="11" data-end="20" title="Place">Mosk</span></span>' +
        '<span class="hl hl-loc" data-start="11" data-end="20" title="Place">ow is</span> safe.</p></article>',
    );
  });

  it('lays Arabic out right to left, one dir="auto" paragraph per non-empty line with its source line, spans clipped at line ends', () => {
    const text = 'قال بوتين\r\n\r\nفي موسكو';
    const html = renderArticleHtml(article(text, [{ start: 4, end: 17, kind: 'BOILERPLATE' }], 'arb', 'rtl'), { title: 'x' });
    assert.equal(
      body(html),
      '<article class="article" lang="ar" dir="rtl">' +
        '<p dir="auto" data-line="0">قال <span class="hl hl-boilerplate" data-start="4" data-end="17" title="Boilerplate">بوتين</span></p>\n' +
        '<p dir="auto" data-line="2"><span class="hl hl-boilerplate" data-start="4" data-end="17" title="Boilerplate">في م</span>وسكو</p></article>',
    );
    assert.ok(html.includes('<span class="lang">Arabic (arb) · rtl</span>'));
  });

  it('numbers lines as the editor does: a lone carriage return ends a line too', () => {
    const html = renderArticleHtml(article('Judul\rJakarta\n\nAkhir', [{ start: 6, end: 13, kind: 'LOC' }]), { title: 'x' });
    assert.equal(
      body(html),
      '<article class="article" lang="id" dir="ltr"><p dir="auto" data-line="0">Judul</p>\n' +
        '<p dir="auto" data-line="1"><span class="hl hl-loc" data-start="6" data-end="13" title="Place">Jakarta</span></p>\n' +
        '<p dir="auto" data-line="3">Akhir</p></article>',
    );
  });

  it('drops spans whose range does not fit the text and counts the rest in the legend', () => {
    const html = renderArticleHtml(
      article('Jakarta', [
        { start: 0, end: 7, kind: 'LOC' },
        { start: 3, end: 99, kind: 'PER' },
        { start: -1, end: 2, kind: 'ORG' },
        { start: 4, end: 4, kind: 'DATE' },
      ]),
      { title: 'x' },
    );
    assert.ok(html.includes('Place <span class="count">1</span>'));
    assert.ok(html.includes('Person <span class="count">0</span>'));
    assert.equal(body(html), '<article class="article" lang="id" dir="ltr"><p dir="auto" data-line="0"><span class="hl hl-loc" data-start="0" data-end="7" title="Place">Jakarta</span></p></article>');
  });

  it('maps engine language codes to BCP 47 tags and never passes other text through', () => {
    assert.equal(bcp47('arb'), 'ar');
    assert.equal(bcp47('fra'), 'fr');
    assert.equal(bcp47('ind'), 'id');
    assert.equal(bcp47('yor'), 'yor');
    assert.equal(bcp47('"><x'), 'und');
    assert.equal(languageName('fra'), 'French (fra)');
  });
});
