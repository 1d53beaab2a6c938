// Set-up shared by the preview and the dashboard panels: scripts on, forms off, resources only from the
// extension's dist/media, and the page shell with its CSP and nonce.
import * as vscode from 'vscode';
import { makeNonce, renderWebviewPage } from './webviewHtml';

export function webviewOptions(context: vscode.ExtensionContext): vscode.WebviewPanelOptions & vscode.WebviewOptions {
  return { enableScripts: true, enableForms: false, localResourceRoots: [vscode.Uri.joinPath(context.extensionUri, 'dist', 'media')] };
}

/** Gives a new or revived panel its options and page; `bundle` names dist/media/<bundle>.js and .css. */
export function setUpPanel(context: vscode.ExtensionContext, panel: vscode.WebviewPanel, bundle: 'preview' | 'dashboard', bodyHtml: string): void {
  const media = vscode.Uri.joinPath(context.extensionUri, 'dist', 'media');
  const webview = panel.webview;
  webview.options = webviewOptions(context);
  webview.html = renderWebviewPage({
    cspSource: webview.cspSource,
    nonce: makeNonce(),
    title: panel.title,
    lang: 'en',
    styleUris: [webview.asWebviewUri(vscode.Uri.joinPath(media, `${bundle}.css`)).toString()],
    scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(media, `${bundle}.js`)).toString(),
    bodyHtml,
  });
}
