// Which editor documents the extension treats as news articles: the language client's document selector.
import * as vscode from 'vscode';

const ARTICLE_LANGUAGES = ['plaintext', 'news'];

/** Article languages, saved on disk or untitled. */
export const ARTICLE_SELECTOR = ARTICLE_LANGUAGES.flatMap((language) => [
  { scheme: 'file', language },
  { scheme: 'untitled', language },
]);

export function isArticle(document: vscode.TextDocument): boolean {
  return vscode.languages.match(ARTICLE_SELECTOR, document) > 0;
}

/** An article saved on disk: only those have layer files beside them. */
export function isSavedArticle(document: vscode.TextDocument): boolean {
  return document.uri.scheme === 'file' && isArticle(document);
}
