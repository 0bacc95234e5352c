// `briefing draft ARTICLE.txt|-`: a record drafted from the text of an article, every item with a
// comment quoting its source; `briefing draft --strip-comments RECORD|-` removes those comments.
import { existsSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { decode } from './read-file';
import { writeFileAtomic } from './write-file';
import { createEngine } from '../host/assets';
import { applyProject, loadProject, projectRootFor } from '../host/project';
import { draftRecord, stripDraftComments, writeDraft } from '../engine';
import type { Io } from './run';

export const DRAFT_HELP = `briefing draft — lập bản nháp hồ sơ từ bài báo / draft a record from an article

Cách dùng / Usage:
  briefing draft BÀI.txt|- [--published YYYY-MM-DD] [--url URL] [--publisher TÊN] [--out TỆP]
  briefing draft --strip-comments HỒ-SƠ.briefing.yaml|-   xóa chú thích nguồn / remove source comments

  -                      đọc từ đầu vào chuẩn / read standard input
  --published NGÀY       ngày đăng, cho năm của ngày viết thiếu năm / publication date (gives missing years)
  --url URL              địa chỉ bài / the article's address
  --publisher TÊN        báo, trang đăng / publisher
  -o, --out TỆP          ghi ra tệp thay vì đầu ra chuẩn / write to FILE instead of standard output
`;

class DraftUsage extends Error {}

function readInput(path: string, cwd: string): { text: string; name: string } {
  if (path === '-') return { text: decode('-', readFileSync(0)).text, name: 'stdin' };
  const full = join(cwd, path);
  const file = decode(path, readFileSync(path.startsWith('/') ? path : full));
  if (!file.utf8) throw new DraftUsage(`${path}: không phải UTF-8 / not UTF-8`);
  return { text: file.text, name: basename(path) };
}

function writeOutput(path: string, content: string): void {
  if (existsSync(path)) return writeFileAtomic(path, content);
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, content, { flag: 'wx' });
    renameSync(tmp, path);
  } catch (e) {
    if (existsSync(tmp)) unlinkSync(tmp);
    throw e;
  }
}

export function runDraft(argv: string[], io: Io): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        published: { type: 'string' },
        url: { type: 'string' },
        publisher: { type: 'string' },
        out: { type: 'string', short: 'o' },
        'strip-comments': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    io.stderr(`briefing draft: ${(e as Error).message}\n\n${DRAFT_HELP}`);
    return 2;
  }
  const v = parsed.values;
  if (v.help) {
    io.stdout(DRAFT_HELP);
    return 0;
  }
  if (parsed.positionals.length !== 1) {
    io.stderr(`briefing draft: cần đúng một tệp (hoặc -) / exactly one file (or -) is needed\n\n${DRAFT_HELP}`);
    return 2;
  }
  if (v.published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(v.published)) {
    io.stderr('briefing draft: --published phải có dạng YYYY-MM-DD / must be YYYY-MM-DD\n');
    return 2;
  }
  if (v.url !== undefined && !/^https?:\/\/\S+$/.test(v.url)) {
    io.stderr('briefing draft: --url phải bắt đầu bằng http:// hoặc https:// / must start with http:// or https://\n');
    return 2;
  }
  const [path] = parsed.positionals;
  let input;
  try {
    input = readInput(path, io.cwd);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    io.stderr(`briefing draft: ${e instanceof DraftUsage ? e.message : `không đọc được / cannot read ${path}: ${code ?? e}`}\n`);
    return 2;
  }
  let output: string;
  if (v['strip-comments']) {
    output = stripDraftComments(input.text);
    // A file named without --out is rewritten in place.
    const target = v.out ?? (path === '-' ? undefined : path.startsWith('/') ? path : join(io.cwd, path));
    return emit(io, output, target);
  }
  // The project's catalog (.briefing/catalog.yaml above the output, else the article, else here)
  // extends the words the drafter knows: extra measures, positions, units.
  const engine = createEngine();
  const anchor = v.out ?? (path === '-' ? join(io.cwd, 'draft') : path);
  applyProject(engine, loadProject(engine, projectRootFor(anchor.startsWith('/') ? anchor : join(io.cwd, anchor)), 'vi'), 'vi');
  const draft = draftRecord(input.text, engine.catalogs, { published: v.published, url: v.url, publisher: v.publisher });
  output = writeDraft(draft, input.text.normalize('NFC'), input.name);
  const r = draft.record;
  const count = (k: string) => (Array.isArray(r[k]) ? (r[k] as unknown[]).length : 0);
  const people = count('participants') + (r.chair && !(r.chair as { absent?: unknown }).absent ? 1 : 0);
  io.stderr(
    `briefing draft: ${people} người, ${count('statistics')} số liệu, ${count('directives')} chỉ đạo; ${draft.placeholders.length} chỗ cần điền / ${people} people, ${count('statistics')} figures, ${count('directives')} directives; ${draft.placeholders.length} placeholder(s)\n`,
  );
  return emit(io, output, v.out && (v.out.startsWith('/') ? v.out : join(io.cwd, v.out)));
}

function emit(io: Io, output: string, target: string | undefined): number {
  if (!target) {
    io.stdout(output);
    return 0;
  }
  try {
    writeOutput(target, output);
  } catch (e) {
    io.stderr(`briefing draft: không ghi được / cannot write ${target}: ${(e as NodeJS.ErrnoException).code ?? e}\n`);
    return 2;
  }
  return 0;
}
