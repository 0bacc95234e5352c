// "Briefing: Open Preview to the Side": one webview showing the active record as a card. The
// server builds the card from its own parse of the current version (no parse here); the view
// follows the active record, updates as you type and keeps its scroll position.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { RECORD_VIEW, type RecordViewResult } from '../../../server/src/lsp/view-protocol';
import { esc, recordBody } from '../../../server/src/render';
import { webviewHtml, webviewOptions } from './webview-html';
import { revealLine } from './reveal';

const LANGUAGE_ID = 'briefing-yaml';
const DEBOUNCE_MS = 150;
const isRecord = (e: vscode.TextEditor | undefined): e is vscode.TextEditor => e?.document.languageId === LANGUAGE_ID;

export class RecordPreview implements vscode.Disposable {
  static readonly viewType = 'briefing.preview';
  private panel: vscode.WebviewPanel | undefined;
  private uri: vscode.Uri | undefined;
  private loaded = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private requestSeq = 0;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly client: () => LanguageClient | undefined,
  ) {
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor((e) => {
        if (this.panel && isRecord(e) && e.document.uri.toString() !== this.uri?.toString()) this.show(e.document.uri);
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (this.panel && e.document.uri.toString() === this.uri?.toString()) this.schedule();
      }),
      vscode.languages.onDidChangeDiagnostics((e) => {
        if (this.panel && e.uris.some((u) => u.toString() === this.uri?.toString())) this.schedule();
      }),
    );
  }

  /** Opens (or reveals) the view beside the editor, showing that editor's record. */
  open(uri = vscode.window.activeTextEditor?.document.uri): void {
    if (!uri) return;
    if (!this.panel)
      this.adopt(
        vscode.window.createWebviewPanel(
          RecordPreview.viewType,
          'Briefing',
          { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
          webviewOptions(this.extensionUri),
        ),
      );
    else this.panel.reveal(undefined, true);
    this.show(uri);
  }

  /** A preview left open when the window was reloaded comes back showing the same record. */
  restore(panel: vscode.WebviewPanel, state: { record?: string } | undefined): void {
    if (this.panel) return panel.dispose();
    panel.webview.options = webviewOptions(this.extensionUri);
    this.adopt(panel);
    // The view follows the active record: that one if there is one, else the one it showed.
    const active = vscode.window.activeTextEditor;
    const uri = isRecord(active) ? active.document.uri : state?.record ? vscode.Uri.parse(state.record) : undefined;
    if (uri) this.show(uri);
  }

  private adopt(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    this.loaded = false;
    panel.onDidDispose(() => {
      if (this.panel !== panel) return;
      this.panel = undefined;
      this.loaded = false;
      this.uri = undefined;
    });
    // A hidden webview loses its page and reloads it from `html` when shown: render it afresh.
    let wasVisible = panel.visible;
    panel.onDidChangeViewState((e) => {
      const visible = e.webviewPanel.visible;
      if (visible && !wasVisible && this.panel === panel) {
        this.loaded = false;
        void this.update();
      }
      wasVisible = visible;
    });
    panel.webview.onDidReceiveMessage((m: { type: string; line?: number }) => {
      if (m.type === 'reveal' && this.uri && typeof m.line === 'number') void revealLine(this.uri, m.line);
    });
  }

  private show(uri: vscode.Uri): void {
    this.uri = uri;
    void this.update();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), DEBOUNCE_MS);
  }

  private async update(): Promise<void> {
    const panel = this.panel;
    const uri = this.uri;
    const client = this.client();
    if (!panel || !uri || !client) return;
    const seq = ++this.requestSeq;
    // A server that failed or restarted answers nothing: the view says so rather than go stale.
    const result = await client.sendRequest<RecordViewResult | null>(RECORD_VIEW, { uri: uri.toString() }).then(
      (r) => r,
      () => null,
    );
    // A newer request was made while this one ran: its answer wins.
    if (seq !== this.requestSeq || panel !== this.panel) return;
    const name = uri.path.split('/').pop() ?? '';
    const title = result ? result.card.meeting.title : name;
    const body = result ? recordBody(result.card) : `<main><p>${esc(name)}</p></main>`;
    panel.title = `${result?.card.labels.preview ?? 'Xem trước'}: ${name.replace(/\.briefing\.ya?ml$/i, '')}`;
    const lang = result?.card.locale ?? 'vi';
    if (!this.loaded || !panel.visible) {
      panel.webview.html = webviewHtml(panel.webview, this.extensionUri, { title, lang, uri: uri.toString(), body });
      this.loaded = panel.visible;
    } else {
      void panel.webview.postMessage({ type: 'update', uri: uri.toString(), html: body, title, version: result?.version });
    }
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.panel?.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
