// Preview webview script (bundled by esbuild for the browser). It only shows HTML the extension built
// from escaped text and reports clicks on highlighted spans; it never fetches or evaluates anything.
import type { PreviewInbound, PreviewOutbound } from '../client/src/views/messages';

declare function acquireVsCodeApi(): { postMessage(message: PreviewOutbound): void; setState(state: { uri: string }): void };

const vscode = acquireVsCodeApi();
const root = document.getElementById('root') as HTMLElement;

/**
 * Scrolls to the last paragraph that starts at or before `line` (the editor's first visible line); at the
 * first paragraph, to the top, so that the header and legend show while the editor is at the article's start.
 */
function scrollToLine(line: number): void {
  const paragraphs = root.querySelectorAll<HTMLElement>('p[data-line]');
  let target: HTMLElement | undefined;
  for (const p of paragraphs) {
    if (Number(p.dataset.line) > line) break;
    target = p;
  }
  if (target && target !== paragraphs[0]) target.scrollIntoView({ block: 'start' });
  else window.scrollTo({ top: 0 });
}

window.addEventListener('message', (event: MessageEvent<PreviewInbound>) => {
  const message = event.data;
  if (message.type === 'render') {
    root.innerHTML = message.html;
    vscode.setState({ uri: message.uri }); // so that the preview comes back after a reload
  } else if (message.type === 'scroll') {
    scrollToLine(message.line);
  } else if (message.type === 'error') {
    const p = document.createElement('p');
    p.className = 'error';
    p.textContent = message.message;
    root.replaceChildren(p);
  }
});

root.addEventListener('click', (event) => {
  const span = (event.target as Element).closest<HTMLElement>('[data-start]');
  if (!span) return;
  const start = Number(span.dataset.start);
  const end = Number(span.dataset.end);
  if (Number.isInteger(start) && Number.isInteger(end)) vscode.postMessage({ type: 'reveal', start, end });
});

vscode.postMessage({ type: 'ready' });
