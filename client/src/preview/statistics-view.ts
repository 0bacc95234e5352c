// "Briefing: Statistics Over Time": pick a topic or a label (with how many statistics carry it),
// see one line chart per unit across the meetings with every row below; click a point or a row to
// open the record at that statistic; export the charts as SVG or PNG and the rows as CSV.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { STATISTICS_VIEW, type StatisticsViewResult } from '../../../server/src/lsp/view-protocol';
import { esc, formatCsv, labels, standaloneSvg, statisticsBody, unitCharts, type GroupCount, type StatRow } from '../../../server/src/render';
import { webviewHtml, webviewOptions } from './webview-html';
import { revealLine } from './reveal';
import { saveExport } from './export';

interface Selection {
  group: Pick<GroupCount, 'by' | 'name'>;
  rows: StatRow[];
  locale: 'vi' | 'en';
}

export class StatisticsView implements vscode.Disposable {
  static readonly viewType = 'briefing.statistics';
  private panel: vscode.WebviewPanel | undefined;
  private current: Selection | undefined;
  private readonly pending = new Map<number, (data: string | undefined) => void>();
  private nextId = 1;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly client: () => LanguageClient | undefined,
  ) {
    // An edit to any record may change the figures: the rows are asked for again, and the
    // view is updated in place (scroll kept).
    this.subscription = vscode.workspace.onDidChangeTextDocument((e) => {
      if (!this.panel || e.document.languageId !== 'briefing-yaml' || !e.contentChanges.length) return;
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.refresh(), 300);
    });
  }

  private filterOf(group: Selection['group']) {
    return { ...(group.by === 'topic' ? { topic: group.name } : { label: group.name }), exact: true, rowsOnly: true };
  }

  private async refresh(): Promise<void> {
    const sel = this.current;
    const client = this.client();
    if (!sel || !client || !this.panel) return;
    const result = await client.sendRequest<StatisticsViewResult>(STATISTICS_VIEW, this.filterOf(sel.group));
    if (this.current !== sel || !this.panel) return;
    this.current = { ...sel, rows: result.rows, locale: result.locale };
    void this.panel.webview.postMessage({ type: 'update', uri: this.key(sel), html: this.body(this.current), title: sel.group.name });
  }

  private key(sel: Selection): string {
    return `statistics:${sel.group.by}:${sel.group.name}`;
  }

  private body(sel: Selection): string {
    const l = labels(sel.locale);
    const toolbar = `<div class="toolbar">${(['exportSvg', 'exportPng', 'exportCsv'] as const).map((a) => `<button type="button" data-action="${a}">${esc(l[a])}</button>`).join('')}</div>`;
    return (
      toolbar + statisticsBody(sel.rows, { locale: sel.locale, title: sel.group.name, fileLabel: (u) => vscode.workspace.asRelativePath(vscode.Uri.parse(u)) })
    );
  }

  /** Asks for a topic or label (unless given, e.g. by a test), then shows its statistics. */
  async open(given?: { topic?: string; label?: string }): Promise<void> {
    const client = this.client();
    if (!client) return;
    const all = await client.sendRequest<StatisticsViewResult>(STATISTICS_VIEW, {});
    const l = labels(all.locale);
    let group: Selection['group'] | undefined = given?.topic
      ? { by: 'topic', name: given.topic }
      : given?.label
        ? { by: 'label', name: given.label }
        : undefined;
    if (!group) {
      if (!all.groups.length) return void vscode.window.showInformationMessage(l.noStatisticsInWorkspace);
      const items = [
        { label: l.topic, kind: vscode.QuickPickItemKind.Separator },
        ...all.groups.filter((g) => g.by === 'topic').map((g) => ({ label: g.name, description: String(g.count), detail: g.units.join(', '), group: g })),
        { label: l.label, kind: vscode.QuickPickItemKind.Separator },
        ...all.groups.filter((g) => g.by === 'label').map((g) => ({ label: g.name, description: String(g.count), detail: g.units.join(', '), group: g })),
      ];
      const picked = await vscode.window.showQuickPick(items, { placeHolder: l.pickTopicOrLabel, matchOnDetail: true });
      if (!picked || !('group' in picked)) return;
      group = picked.group;
    }
    const result = await client.sendRequest<StatisticsViewResult>(STATISTICS_VIEW, this.filterOf(group));
    this.current = { group, rows: result.rows, locale: result.locale };
    this.render();
  }

  private render(): void {
    const sel = this.current;
    if (!sel) return;
    const l = labels(sel.locale);
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(StatisticsView.viewType, l.statisticsOverTime, vscode.ViewColumn.Active, webviewOptions(this.extensionUri));
      this.panel.onDidDispose(() => (this.panel = undefined));
      this.panel.webview.onDidReceiveMessage((m) => this.onMessage(m));
    } else this.panel.reveal();
    this.panel.title = `${l.statisticsOverTime}: ${sel.group.name}`;
    this.panel.webview.html = webviewHtml(this.panel.webview, this.extensionUri, {
      title: sel.group.name,
      lang: sel.locale,
      uri: this.key(sel),
      body: this.body(sel),
    });
  }

  private async onMessage(m: { type: string; uri?: string; line?: number; id?: number; data?: string }): Promise<void> {
    const sel = this.current;
    if (m.type === 'open' && m.uri && typeof m.line === 'number') return revealLine(vscode.Uri.parse(m.uri), m.line, vscode.ViewColumn.Beside);
    if (m.type === 'png' && m.id !== undefined) return this.pending.get(m.id)?.(m.data);
    if (!sel) return;
    const l = labels(sel.locale);
    if (m.type === 'exportCsv')
      return saveExport(
        `${sel.group.name}.csv`,
        { CSV: ['csv'] },
        Buffer.from(formatCsv(sel.rows, sel.locale, { separator: ',', bom: true }), 'utf8'),
        l.saved,
      );
    if (m.type !== 'exportSvg' && m.type !== 'exportPng') return;
    const charts = unitCharts(sel.rows, { locale: sel.locale, title: sel.group.name });
    const chart = charts.length > 1 ? await this.pickUnit(charts, l.pickUnit) : charts[0];
    if (!chart) return;
    const svg = standaloneSvg(chart.svg);
    const name = `${sel.group.name}${chart.unit ? ` (${chart.unit})` : ''}`;
    if (m.type === 'exportSvg') return saveExport(`${name}.svg`, { SVG: ['svg'] }, Buffer.from(svg, 'utf8'), l.saved);
    const png = await this.rasterize(svg);
    if (png) await saveExport(`${name}.png`, { PNG: ['png'] }, Buffer.from(png.replace(/^data:image\/png;base64,/, ''), 'base64'), l.saved);
  }

  private async pickUnit<T extends { unit: string; title: string }>(charts: T[], placeHolder: string): Promise<T | undefined> {
    const picked = await vscode.window.showQuickPick(
      charts.map((c) => ({ label: c.title, chart: c })),
      { placeHolder },
    );
    return picked?.chart;
  }

  /** The webview draws the SVG on a canvas: the extension host has no graphics of its own. */
  private rasterize(svg: string): Promise<string | undefined> {
    const [, w, h] = /viewBox="0 0 (\d+) (\d+)"/.exec(svg) ?? [];
    const id = this.nextId++;
    return new Promise((resolve) => {
      const timeout = setTimeout(() => resolve(undefined), 10_000);
      this.pending.set(id, (data) => {
        clearTimeout(timeout);
        this.pending.delete(id);
        resolve(data);
      });
      void this.panel?.webview.postMessage({ type: 'rasterize', id, svg, width: Number(w), height: Number(h) });
    });
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.subscription.dispose();
    this.panel?.dispose();
  }
}
