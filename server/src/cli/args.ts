// Command-line arguments of `briefing`.
import { parseArgs } from 'node:util';
import { UsageError } from './discover';
import type { Locale } from '../engine';

export type Format = 'stylish' | 'json' | 'sarif' | 'github' | 'table' | 'csv';

export interface Options {
  command: 'validate' | 'rules' | 'people' | 'help' | 'version';
  paths: string[];
  format: Format;
  output?: string;
  quiet: boolean;
  maxWarnings: number;
  locale: Locale;
  fix: boolean;
  color?: boolean;
  jobs?: number;
  /** `briefing people --person NAME`: one person's timeline. */
  person?: string;
}

const FORMATS: Format[] = ['stylish', 'json', 'sarif', 'github'];
const PEOPLE_FORMATS: Format[] = ['table', 'json', 'csv'];

export function parseOptions(argv: string[], env: NodeJS.ProcessEnv = process.env): Options {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        quiet: { type: 'boolean', short: 'q' },
        'max-warnings': { type: 'string' },
        locale: { type: 'string' },
        fix: { type: 'boolean' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        jobs: { type: 'string', short: 'j' },
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
  if (command === 'validate' && paths.length === 0) throw new UsageError('thiếu đường dẫn: briefing validate <tệp|thư mục|glob>... / missing path: briefing validate <file|folder|glob>...');

  if (command === 'people' && paths.length === 0) throw new UsageError('thiếu đường dẫn: briefing people <tệp|thư mục|glob>... / missing path: briefing people <file|folder|glob>...');
  const formats = command === 'people' ? PEOPLE_FORMATS : FORMATS;
  const format = (v.format ?? formats[0]) as Format;
  if (!formats.includes(format)) throw new UsageError(`--format phải là / must be one of: ${formats.join(', ')}`);
  const localeRaw = v.locale ?? env.BRIEFING_LOCALE ?? 'vi';
  if (localeRaw !== 'vi' && localeRaw !== 'en') throw new UsageError('--locale phải là vi hoặc en / must be vi or en');
  let maxWarnings = -1;
  if (v['max-warnings'] !== undefined) {
    maxWarnings = Number(v['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError('--max-warnings phải là số nguyên ≥ 0 / must be an integer ≥ 0');
  }
  let jobs: number | undefined;
  if (v.jobs !== undefined) {
    jobs = Number(v.jobs);
    if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError('--jobs phải là số nguyên ≥ 1 / must be an integer ≥ 1');
  }
  return {
    command,
    paths,
    format,
    output: v.output,
    quiet: !!v.quiet,
    maxWarnings,
    locale: localeRaw,
    fix: !!v.fix,
    color: v['no-color'] ? false : v.color ? true : undefined,
    jobs,
    person: v.person,
  };
}

export const HELP = `briefing — kiểm tra hồ sơ họp báo, giao ban Bộ Công an (*.briefing.yaml)
briefing — validate Ministry of Public Security briefing records (*.briefing.yaml)

Cách dùng / Usage:
  briefing validate <tệp|thư mục|glob>...   kiểm tra / validate
  briefing people <đường dẫn>... [--person TÊN] [--format table|json|csv]
                                            dòng thời gian cấp bậc, chức vụ từng người / each person's timeline
  briefing rules [--format json]            danh sách quy tắc / list the rules

Tùy chọn / Options:
  -f, --format stylish|json|sarif|github    định dạng kết quả / output format (stylish)
  -o, --output FILE                         ghi kết quả ra tệp / write the report to FILE
  -q, --quiet                               chỉ báo lỗi / errors only
      --max-warnings N                      thoát mã 1 nếu quá N cảnh báo / exit 1 above N warnings
      --locale vi|en                        ngôn ngữ thông báo / message language (vi)
      --fix                                 tự sửa lỗi an toàn / apply safe fixes (atomic writes)
      --color, --no-color                   màu (mặc định: khi là TTY, tôn trọng NO_COLOR)
  -j, --jobs N                              số luồng kiểm tra / worker threads
  -h, --help    -v, --version

Mã thoát / Exit codes: 0 không lỗi / no errors · 1 có lỗi / problems found · 2 lỗi dùng lệnh hoặc đọc tệp / usage or I/O error
`;
