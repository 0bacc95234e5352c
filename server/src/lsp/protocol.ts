// The server's own requests and notifications, shared with the VS Code client and the tests.

/** Request: re-runs the workspace validation. */
export const VALIDATE_WORKSPACE = 'briefing/validateWorkspace';
export interface ValidateWorkspaceResult {
  /** Records validated (open documents and workspace files). */
  files: number;
  errors: number;
  warnings: number;
}

/** Notification from the client: the workspace was trusted (or not) by the user. */
export const SET_TRUSTED = 'briefing/setTrusted';
export interface SetTrustedParams {
  trusted: boolean;
}

/**
 * initializationOptions. The settings (section "briefing") may be given inline, either under
 * `settings` or at the top level, for clients without workspace/configuration.
 */
export interface InitializationOptions {
  settings?: unknown;
  /** False in an untrusted workspace: workspace catalog and people files are not loaded. */
  isTrusted?: boolean;
  /** The client implements the `briefing.insertSnippet` command for snippet fixes. */
  snippetCommand?: boolean;
  /** The client implements `briefing.revealArticleText` (the link in a drafted value's hover). */
  revealArticleCommand?: boolean;
  /** Forces push or pull diagnostics; by default pull when the client supports it. */
  diagnosticMode?: 'push' | 'pull' | 'auto';
}

/**
 * Client command for snippet fixes (LSP 3.17 has no snippet text edits). Sent only to clients
 * whose initializationOptions set `snippetCommand`.
 */
export const INSERT_SNIPPET_COMMAND = 'briefing.insertSnippet';
export interface InsertSnippetArgs {
  uri: string;
  /** The document version the edits apply to; undefined for a file that is not open. */
  version?: number;
  edits: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[];
}

/** Request: a record drafted from the text of an article (the engine's drafter). */
export const DRAFT_FROM_ARTICLE = 'briefing/draftFromArticle';
export interface DraftFromArticleParams {
  text: string;
  /** The document the text was taken from, and where in it the text starts (a selection). */
  source?: { uri: string; line: number; character: number };
  /** Shown in the draft's header when there is no document (e.g. "clipboard"). */
  name?: string;
  published?: string;
  url?: string;
  publisher?: string;
}
export interface DraftFromArticleResult {
  /** The draft record, YAML with a quoting comment per item. */
  text: string;
  placeholders: number;
  people: number;
  statistics: number;
  directives: number;
}

/** Client command behind the hover link of a drafted value: shows the range in the article. */
export const REVEAL_ARTICLE_TEXT_COMMAND = 'briefing.revealArticleText';
export interface RevealArticleTextArgs {
  uri: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}
