// `briefing render RECORD... --out DIR`: one self-contained HTML page per record (the preview's
// view model and template, inline CSS, no script) and an index page linking them.
import { parseArgs } from 'node:util';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { views } from '../../engine';
import { indexBody, page, recordBody, type IndexEntry } from '../../render';
import { UsageError } from '../discover';
import { writeFileAtomic, writeWhole } from '../write-file';
import type { Io } from '../run';
import { localeOption, startRecordCommand } from './load-records';

export const RENDER_HELP = `briefing render <hồ sơ|thư mục|glob>... --out THƯ_MỤC — trang HTML cho mỗi hồ sơ và trang mục lục
briefing render <record|folder|glob>... --out DIR — one HTML page per record and an index page

      --out DIR        thư mục ghi trang / folder for the pages (created if missing)
      --locale vi|en   ngôn ngữ / language (vi)
`;

/** "2020-02-26-giao-ban.briefing.yaml" → "2020-02-26-giao-ban.html", made unique in the set. */
function pageName(path: string, taken: Set<string>): string {
  const stem =
    basename(path)
      .replace(/\.briefing\.ya?ml$/i, '')
      .replace(/\.ya?ml$/i, '')
      .replace(/[^\p{L}\p{N}._-]+/gu, '-') || 'record';
  let name = `${stem}.html`;
  for (let i = 2; taken.has(name.toLowerCase()) || name.toLowerCase() === 'index.html'; i++) name = `${stem}-${i}.html`;
  taken.add(name.toLowerCase());
  return name;
}

/** A page replaces an existing one atomically; a new one appears whole or not at all. */
function writePage(path: string, html: string): void {
  if (existsSync(path)) return writeFileAtomic(path, html);
  writeWhole(path, (tmp) => writeFileSync(tmp, html, { flag: 'wx' }));
}

function options(argv: string[], env: NodeJS.ProcessEnv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: { out: { type: 'string', short: 'o' }, locale: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const v = parsed.values;
  const locale = localeOption(v.locale, env);
  if (!v.help && !v.out) throw new UsageError('thiếu --out THƯ_MỤC / missing --out DIR');
  if (!v.help && parsed.positionals.length === 0) throw new UsageError('thiếu hồ sơ / missing record: briefing render RECORD... --out DIR');
  return { help: !!v.help, out: v.out ?? '', locale, paths: parsed.positionals };
}

export function runRender(argv: string[], io: Io): number {
  const started = startRecordCommand('render', RENDER_HELP, argv, io, options, true);
  if (typeof started === 'number') return started;
  const { options: o, loaded } = started;
  const out = resolve(io.cwd, o.out);
  const errors = [...loaded.ioErrors];
  const taken = new Set<string>();
  const entries: IndexEntry[] = [];
  const write = (name: string, html: string) => {
    try {
      mkdirSync(out, { recursive: true });
      writePage(join(out, name), html);
      return true;
    } catch (e) {
      errors.push(`${join(o.out, name)}: không ghi được / cannot write (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
      return false;
    }
  };
  for (const r of loaded.records) {
    const card = views.recordCard(r.record, { locale: o.locale, diagnostics: r.diagnostics });
    const name = pageName(r.path, taken);
    if (write(name, page(recordBody(card), { title: card.meeting.title, lang: o.locale }))) {
      entries.push({ card, href: name });
      io.stdout(`${r.display} → ${join(o.out, name)}\n`);
    }
  }
  const l = views.labels(o.locale);
  if (write('index.html', page(indexBody(entries, l), { title: l.records, lang: o.locale }))) io.stdout(`${join(o.out, 'index.html')}\n`);
  for (const msg of errors) io.stderr(`briefing: ${msg}\n`);
  return errors.length ? 2 : 0;
}
