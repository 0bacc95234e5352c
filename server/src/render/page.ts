// The HTML document around a body: language, inline styles, an optional Content Security Policy
// with a nonce (the webview), and an optional script (the webview's glue; pages work without it).
import { esc } from './html';
import { PAGE_CSS } from './styles';

export interface PageOptions {
  title: string;
  lang: string;
  /** Webview only: a nonce for the style and script, and the policy that requires it. */
  nonce?: string;
  csp?: string;
  scriptUri?: string;
  /** Data for the script, escaped into a meta tag (never an inline script). */
  state?: unknown;
}

export function page(body: string, o: PageOptions): string {
  const nonce = o.nonce ? ` nonce="${esc(o.nonce)}"` : '';
  const head = [
    '<meta charset="utf-8">',
    o.csp ? `<meta http-equiv="Content-Security-Policy" content="${esc(o.csp)}">` : '',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    o.state !== undefined ? `<meta name="briefing-state" content="${esc(JSON.stringify(o.state))}">` : '',
    `<title>${esc(o.title)}</title>`,
    `<style${nonce}>${PAGE_CSS}</style>`,
  ].join('\n');
  const script = o.scriptUri ? `\n<script${nonce} src="${esc(o.scriptUri)}"></script>` : '';
  return `<!DOCTYPE html>\n<html lang="${esc(o.lang)}">\n<head>\n${head}\n</head>\n<body>\n${body}${script}\n</body>\n</html>\n`;
}
