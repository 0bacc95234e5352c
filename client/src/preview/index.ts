// The views of records: the live preview of the active record and the statistics over time.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { RecordPreview } from './record-preview';
import { StatisticsView } from './statistics-view';

export interface PreviewApi {
  preview: RecordPreview;
  statistics: StatisticsView;
}

export function registerPreviews(context: vscode.ExtensionContext, client: () => LanguageClient | undefined): PreviewApi {
  const preview = new RecordPreview(context.extensionUri, client);
  const statistics = new StatisticsView(context.extensionUri, client);
  context.subscriptions.push(
    preview,
    statistics,
    vscode.commands.registerCommand('briefing.openPreviewToSide', (uri?: vscode.Uri) => preview.open(uri instanceof vscode.Uri ? uri : undefined)),
    vscode.window.registerWebviewPanelSerializer(RecordPreview.viewType, {
      deserializeWebviewPanel: async (panel, state: { record?: string } | undefined) => preview.restore(panel, state),
    }),
    vscode.commands.registerCommand('briefing.statisticsOverTime', (given?: { topic?: string; label?: string }) => statistics.open(given)),
  );
  return { preview, statistics };
}
