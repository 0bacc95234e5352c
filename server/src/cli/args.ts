// Command-line arguments of `briefing`.
import { parseArgs } from 'node:util';
import { UsageError } from './discover';
import { RULES_BY_ID, SEVERITY_WORDS, type Locale, type SeveritySetting } from '../engine';
import { parseShard, type Shard } from './shard';
import { DEFAULT_MAX_FILE_BYTES, MAX_FILE_SIZE_ENV, parseByteSize } from '../host/read-file';

export type Format = 'stylish' | 'json' | 'sarif' | 'github' | 'table' | 'csv';

export interface Options {
  command: 'validate' | 'rules' | 'people' | 'help' | 'version';
  paths: string[];
  format: Format;
  output?: string;
  quiet: boolean;
  maxWarnings: number;
  locale: Locale;
  /** The locale was asked for (--locale or BRIEFING_LOCALE): a configuration's locale does not apply. */
  localeExplicit: boolean;
  fix: boolean;
  fixDryRun: boolean;
  configFile?: string;
  noConfig: boolean;
  /** --print-config FILE: print the effective settings for FILE and where each came from. */
  printConfig?: string;
  rules?: Record<string, SeveritySetting>;
  ignorePatterns: string[];
  stdin: boolean;
  stdinFilename?: string;
  color?: boolean;
  jobs?: number;
  /** --cache: reuse the findings of unchanged records; --cache-location: where the cache lives. */
  cache: boolean;
  cacheLocation?: string;
  shard?: Shard;
  /** The most bytes read from one file (--max-file-size, BRIEFING_MAX_FILE_SIZE). */
  maxFileBytes: number;
  /** `briefing people --person NAME`: one person's timeline. */
  person?: string;
}

const FORMATS: Format[] = ['stylish', 'json', 'sarif', 'github'];
const PEOPLE_FORMATS: Format[] = ['table', 'json', 'csv'];

export function parseOptions(argv: string[], env: NodeJS.ProcessEnv = process.env): Options {
  let parsed;
  try {
    parsed = parseArgs({
      // "--max-warnings -1" reads as an option and its value, not as an unknown option "-1".
      args: argv
        .map((a, i) => (argv[i - 1] === '--max-warnings' && /^-\d+$/.test(a) ? `=${a}` : a))
        .reduce<string[]>((out, a) => (a.startsWith('=') && out[out.length - 1] === '--max-warnings' ? ((out[out.length - 1] += a), out) : [...out, a]), []),
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        quiet: { type: 'boolean', short: 'q' },
        'max-warnings': { type: 'string' },
        locale: { type: 'string' },
        fix: { type: 'boolean' },
        'fix-dry-run': { type: 'boolean' },
        config: { type: 'string', short: 'c' },
        'no-config': { type: 'boolean' },
        'print-config': { type: 'string' },
        rule: { type: 'string', multiple: true },
        'ignore-pattern': { type: 'string', multiple: true },
        stdin: { type: 'boolean' },
        'stdin-filename': { type: 'string' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        jobs: { type: 'string', short: 'j' },
        cache: { type: 'boolean' },
        'cache-location': { type: 'string' },
        shard: { type: 'string' },
        'max-file-size': { type: 'string' },
        person: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const v = parsed.values;
  const [first, ...rest] = parsed.positionals;
  let command: Options['command'] = 'validate';
  let paths = parsed.positionals;
  if (v.help || first === 'help') command = 'help';
  else if (v.version) command = 'version';
  else if (first === 'validate') paths = rest;
  else if (first === 'people') {
    command = 'people';
    paths = rest;
  } else if (first === 'rules') {
    command = 'rules';
    paths = rest;
  }
  if (command === 'validate' && paths.length === 0 && !v.stdin && v['print-config'] === undefined)
    throw new UsageError('thiếu đường dẫn: briefing validate <tệp|thư mục|glob>... / missing path: briefing validate <file|folder|glob>...');

  if (command === 'people' && paths.length === 0)
    throw new UsageError('thiếu đường dẫn: briefing people <tệp|thư mục|glob>... / missing path: briefing people <file|folder|glob>...');
  const formats = command === 'people' ? PEOPLE_FORMATS : FORMATS;
  const format = (v.format ?? formats[0]) as Format;
  if (!formats.includes(format)) throw new UsageError(`--format phải là / must be one of: ${formats.join(', ')}`);
  const localeRaw = v.locale ?? env.BRIEFING_LOCALE ?? 'vi';
  if (localeRaw !== 'vi' && localeRaw !== 'en') throw new UsageError('--locale phải là vi hoặc en / must be vi or en');
  let maxWarnings = -1;
  if (v['max-warnings'] !== undefined) {
    maxWarnings = Number(v['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < -1)
      throw new UsageError('--max-warnings phải là số nguyên ≥ 0, hoặc -1 (không giới hạn) / must be an integer ≥ 0, or -1 (no limit)');
  }
  if (v.config !== undefined && v['no-config'])
    throw new UsageError('--config và --no-config không dùng cùng nhau / --config and --no-config cannot be combined');
  if (v.stdin && paths.length) throw new UsageError('--stdin không nhận thêm đường dẫn / --stdin takes no paths');
  if (v.stdin && v.fix)
    throw new UsageError('--fix không ghi được vào đầu vào chuẩn; dùng --fix-dry-run / --fix cannot write to standard input; use --fix-dry-run');
  if (v['stdin-filename'] !== undefined && !v.stdin) throw new UsageError('--stdin-filename cần --stdin / --stdin-filename needs --stdin');
  let jobs: number | undefined;
  if (v.jobs !== undefined) {
    jobs = Number(v.jobs);
    if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError('--jobs phải là số nguyên ≥ 1 / must be an integer ≥ 1');
  }
  let maxFileBytes = DEFAULT_MAX_FILE_BYTES;
  const sizeRaw = v['max-file-size'] ?? env[MAX_FILE_SIZE_ENV];
  if (sizeRaw !== undefined && sizeRaw !== '') {
    const size = parseByteSize(sizeRaw);
    if (size === undefined)
      throw new UsageError(`--max-file-size (${MAX_FILE_SIZE_ENV}) phải là một kích thước như 20MB / must be a size such as 20MB: ${sizeRaw}`);
    maxFileBytes = size;
  }
  return {
    command,
    localeExplicit: v.locale !== undefined || env.BRIEFING_LOCALE !== undefined,
    fixDryRun: !!v['fix-dry-run'],
    configFile: v.config,
    noConfig: !!v['no-config'],
    printConfig: v['print-config'],
    rules: v.rule ? parseRules(v.rule) : undefined,
    ignorePatterns: v['ignore-pattern'] ?? [],
    stdin: !!v.stdin,
    stdinFilename: v['stdin-filename'],
    paths,
    format,
    output: v.output,
    quiet: !!v.quiet,
    maxWarnings,
    locale: localeRaw,
    fix: !!v.fix,
    color: v['no-color'] ? false : v.color ? true : undefined,
    jobs,
    cache: !!v.cache || v['cache-location'] !== undefined,
    cacheLocation: v['cache-location'],
    shard: v.shard === undefined ? undefined : parseShard(v.shard),
    maxFileBytes,
    person: v.person,
  };
}

/** --rule id:severity (repeatable): the last one for a rule wins. */
function parseRules(values: string[]): Record<string, SeveritySetting> {
  const out: Record<string, SeveritySetting> = {};
  for (const value of values) {
    const at = value.lastIndexOf(':');
    const id = value.slice(0, at).trim();
    const sev = value.slice(at + 1).trim();
    if (at < 0 || !RULES_BY_ID.has(id))
      throw new UsageError(`--rule: không có quy tắc / no rule "${at < 0 ? value : id}" (briefing rules liệt kê các quy tắc / lists the rules)`);
    if (!(SEVERITY_WORDS as readonly string[]).includes(sev))
      throw new UsageError(`--rule ${id}: mức phải là / severity must be one of ${SEVERITY_WORDS.join(', ')}`);
    out[id] = sev as SeveritySetting;
  }
  return out;
}

export const HELP = `briefing — kiểm tra hồ sơ họp báo, giao ban Bộ Công an (*.briefing.yaml)
briefing — validate Ministry of Public Security briefing records (*.briefing.yaml)

Cách dùng / Usage:
  briefing validate <tệp|thư mục|glob>...   kiểm tra / validate
  briefing people <đường dẫn>... [--person TÊN] [--format table|json|csv]
                                            dòng thời gian cấp bậc, chức vụ từng người / each person's timeline
  briefing rules [--format json]            danh sách quy tắc / list the rules
  briefing draft BÀI.txt|- [--published …]  bản nháp hồ sơ từ bài báo / draft a record from an article
  briefing stats [đường dẫn]... [--format table|csv|json|md] [--topic T] [--label L] [--from D] [--to D]
                                            số liệu theo thời gian / statistics over time
  briefing render <hồ sơ>... --out DIR      trang HTML để đăng / pages to publish

Tùy chọn / Options:
  -f, --format stylish|json|sarif|github    định dạng kết quả / output format (stylish)
  -o, --output FILE                         ghi kết quả ra tệp / write the report to FILE
  -q, --quiet                               chỉ báo lỗi / errors only
      --max-warnings N                      thoát mã 1 nếu quá N cảnh báo / exit 1 above N warnings (-1: no limit)
      --locale vi|en                        ngôn ngữ thông báo / message language (vi)
      --fix                                 tự sửa lỗi an toàn / apply safe fixes (atomic writes)
      --fix-dry-run                         in bản sửa dạng diff, không ghi / print the fixes as a diff, write nothing
  -c, --config FILE                         dùng tệp cấu hình này / use this configuration file
      --no-config                           không đọc .briefing/config.yaml / read no configuration file
      --print-config FILE                   cấu hình áp dụng cho FILE và nguồn gốc / effective settings for FILE
      --rule ID:MỨC                         đặt mức quy tắc (lặp lại được) / set a rule's severity (repeatable)
      --ignore-pattern GLOB                 bỏ qua tệp khớp GLOB / skip files matching GLOB (repeatable)
      --stdin [--stdin-filename TÊN]        kiểm tra đầu vào chuẩn như tệp TÊN / validate standard input as file NAME
      --color, --no-color                   màu (mặc định: khi là TTY; NO_COLOR, FORCE_COLOR)
  -j, --jobs N                              số luồng kiểm tra / worker threads
      --cache                               chỉ kiểm tra lại tệp đã đổi / re-check only what changed
      --cache-location PATH                 tệp hoặc thư mục bộ nhớ đệm / cache file or folder (.briefingcache)
      --shard i/n                           chỉ kiểm tra phần i trong n phần / check part i of n (CI matrices)
      --max-file-size SIZE                  bỏ qua tệp lớn hơn / skip files above SIZE (10MB;
                                            BRIEFING_MAX_FILE_SIZE)
  -h, --help    -v, --version

Mã thoát / Exit codes: 0 không lỗi / no errors · 1 có lỗi / problems found · 2 lỗi dùng lệnh hoặc đọc tệp / usage or I/O error
`;
