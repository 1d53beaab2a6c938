// HTML helpers shared by the webviews. Pure: no vscode import, so they are unit-tested directly.
import { randomBytes } from 'node:crypto';

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for use in HTML element content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/** A fresh nonce for one webview page's Content-Security-Policy. */
export function makeNonce(): string {
  return randomBytes(18).toString('base64');
}

export interface WebviewPage {
  /** `webview.cspSource`: the origin the page may load the extension's own styles and scripts from. */
  cspSource: string;
  nonce: string;
  title: string;
  /** `lang` of the page (BCP 47). */
  lang: string;
  styleUris: string[];
  scriptUri: string;
  /** Already-escaped HTML for the body. */
  bodyHtml: string;
}

/**
 * The full page of a webview. The CSP allows only the extension's own styles and the one nonce'd script
 * bundle: no inline script, no remote fetch, no document-provided URL is ever loaded.
 */
export function renderWebviewPage(page: WebviewPage): string {
  const csp = [
    "default-src 'none'",
    `style-src ${page.cspSource}`,
    `img-src ${page.cspSource} data:`,
    `script-src 'nonce-${page.nonce}'`,
  ].join('; ');
  const styles = page.styleUris
    .map((uri) => `<link rel="stylesheet" href="${escapeHtml(uri)}">`)
    .join('\n');
  return `<!DOCTYPE html>
<html lang="${escapeHtml(page.lang)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
${styles}
<title>${escapeHtml(page.title)}</title>
</head>
<body>
${page.bodyHtml}
<script nonce="${escapeHtml(page.nonce)}" src="${escapeHtml(page.scriptUri)}"></script>
</body>
</html>`;
}
