// The HTML of a webview: the shared page template with a nonce, a Content Security Policy that
// allows only that nonce (and the extension's own script), and the content in #root so updates
// can replace it without reloading the page (the scroll position is kept).
import * as vscode from 'vscode';
import { randomBytes } from 'node:crypto';
import { esc, page } from '../../../server/src/render';

export function webviewHtml(webview: vscode.Webview, extensionUri: vscode.Uri, o: { title: string; lang: string; uri: string; body: string }): string {
  const nonce = randomBytes(16).toString('base64');
  const csp = [
    "default-src 'none'",
    `style-src 'nonce-${nonce}'`,
    `script-src 'nonce-${nonce}'`,
    // PNG export draws the chart's SVG from a data: URL onto a canvas.
    'img-src data:',
  ].join('; ');
  const scriptUri = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'client', 'media', 'preview.js')).toString();
  return page(`<div id="root" data-record="${esc(o.uri)}">${o.body}</div>`, { title: o.title, lang: o.lang, nonce, csp, scriptUri });
}

export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewPanelOptions & vscode.WebviewOptions {
  return { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'client', 'media')], enableFindWidget: true };
}
