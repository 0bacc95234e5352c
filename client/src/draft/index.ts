// The drafting commands, registered by the extension in one call.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { REVEAL_ARTICLE_TEXT_COMMAND } from '../../../server/src/lsp/protocol';
import { newRecordFromArticle } from './new-record-from-article';
import { revealArticleText } from './reveal-article-text';

export const NEW_RECORD_FROM_ARTICLE_COMMAND = 'briefing.newRecordFromArticle';

export function registerDraftCommands(context: vscode.ExtensionContext, client: () => LanguageClient | undefined): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(NEW_RECORD_FROM_ARTICLE_COMMAND, (target?: vscode.Uri) => newRecordFromArticle(client(), target)),
    vscode.commands.registerCommand(REVEAL_ARTICLE_TEXT_COMMAND, revealArticleText),
  );
}
