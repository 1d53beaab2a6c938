// Preview webview script (bundled by esbuild for the browser). It only shows HTML the extension built
// from escaped text and reports clicks on highlighted spans; it never fetches or evaluates anything.
import type { PreviewInbound, PreviewOutbound } from '../client/src/views/messages';

declare function acquireVsCodeApi(): { postMessage(message: PreviewOutbound): void; setState(state: { uri: string }): void };

const vscode = acquireVsCodeApi();
const root = document.getElementById('root') as HTMLElement;

window.addEventListener('message', (event: MessageEvent<PreviewInbound>) => {
  const message = event.data;
  if (message.type === 'render') {
    root.innerHTML = message.html;
    vscode.setState({ uri: message.uri }); // so that the preview comes back after a reload
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
