// Drafting from an article in the editor: the `briefing/draftFromArticle` request (the engine's
// drafter over the text the client sends), and the hover that shows, on a drafted value, the
// sentence of the article it came from with a link that reveals it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver/node';
import { draftRecord, draftSourceRef, LineIndex, locateQuote, quoteAt, writeDraft } from '../engine';
import {
  DRAFT_FROM_ARTICLE,
  REVEAL_ARTICLE_TEXT_COMMAND,
  type DraftFromArticleParams,
  type DraftFromArticleResult,
  type RevealArticleTextArgs,
} from './protocol';
import type { ServerState } from './server-state';

interface Article {
  text: string;
  /** Where the text is in its document, when it came from one. */
  source?: DraftFromArticleParams['source'];
}

/** Articles drafted in this session, by the reference the draft's header names. */
const MAX_ARTICLES = 32;
const articles = new Map<string, Article>();
let unnamed = 0;

function remember(ref: string, article: Article): void {
  articles.delete(ref);
  articles.set(ref, article);
  if (articles.size > MAX_ARTICLES) articles.delete(articles.keys().next().value as string);
}

export function draftFromArticle(state: ServerState, params: DraftFromArticleParams): DraftFromArticleResult {
  const text = typeof params?.text === 'string' ? params.text : '';
  // A selection is named by where it starts, so drafts of two parts of one file stay apart.
  const src = params?.source;
  const ref = src
    ? src.line === 0 && src.character === 0
      ? src.uri
      : `${src.uri}#${src.line + 1}:${src.character + 1}`
    : `${params?.name ?? 'bài báo'} #${++unnamed}`;
  const project = src ? state.workspace.projectFor(src.uri) : state.workspace.allProjects()[0];
  const draft = draftRecord(text, project.engine.catalogs, { published: params?.published, url: params?.url, publisher: params?.publisher });
  remember(ref, { text: text.normalize('NFC'), source: src });
  const count = (k: string) => (Array.isArray(draft.record[k]) ? (draft.record[k] as unknown[]).length : 0);
  const chair = draft.record.chair as { absent?: unknown } | undefined;
  return {
    text: writeDraft(draft, text.normalize('NFC'), ref),
    placeholders: draft.placeholders.length,
    people: count('participants') + (chair && !chair.absent ? 1 : 0),
    statistics: count('statistics'),
    directives: count('directives'),
  };
}

function articleFor(ref: string): Article | undefined {
  const known = articles.get(ref);
  if (known) return known;
  if (!ref.startsWith('file:')) return undefined;
  // Not drafted in this session: the whole file, where the quote is looked up as text.
  const uri = ref.replace(/#\d+:\d+$/u, '');
  try {
    const article = { text: readFileSync(fileURLToPath(uri), 'utf8').normalize('NFC'), source: { uri, line: 0, character: 0 } };
    remember(ref, article);
    return article;
  } catch {
    return undefined;
  }
}

function shift(p: { line: number; character: number }, from: { line: number; character: number }) {
  return { line: from.line + p.line, character: p.line === 0 ? from.character + p.character : p.character };
}

/** The article sentence behind the drafted value at `position`, added to the engine's hover. */
export function withDraftSource(state: ServerState, uri: string, position: Position, base: Hover | null): Hover | null {
  const doc = state.documents.get(uri);
  if (!doc) return base;
  const text = doc.getText();
  const ref = draftSourceRef(text);
  const quote = ref && quoteAt(text, position.line);
  const article = quote ? articleFor(ref) : undefined;
  const found = article && locateQuote(article.text, quote!);
  if (!found) return base;
  const sentence = article!.text.slice(found.sentence[0], found.sentence[1]).replace(/\s+/gu, ' ');
  let md = `**Nguồn trong bài báo — source in the article**\n\n> ${sentence.replace(/([\\`*_[\]<>])/g, '\\$1')}`;
  if (article!.source && state.initOptions.revealArticleCommand) {
    const lines = new LineIndex(article!.text);
    const range = lines.range(found.span);
    const args: RevealArticleTextArgs = {
      uri: article!.source.uri,
      range: { start: shift(range.start, article!.source), end: shift(range.end, article!.source) },
    };
    md += `\n\n[Hiện trong bài báo — show in the article](command:${REVEAL_ARTICLE_TEXT_COMMAND}?${encodeURIComponent(JSON.stringify([args]))})`;
  }
  const value = base ? `${typeof base.contents === 'object' && 'value' in base.contents ? base.contents.value : String(base.contents)}\n\n---\n\n${md}` : md;
  return { contents: state.client.markdown ? { kind: MarkupKind.Markdown, value } : value, ...(base?.range ? { range: base.range } : {}) };
}

export function registerDraftRequests(state: ServerState): void {
  state.connection.onRequest(
    DRAFT_FROM_ARTICLE,
    state.handlers.request(DRAFT_FROM_ARTICLE, null, (params: DraftFromArticleParams) => draftFromArticle(state, params)),
  );
}
