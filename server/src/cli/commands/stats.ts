// `briefing stats [paths] [--format table|csv|json|md] [--topic T] [--label L] [--from D --to D]`:
// every statistic of every record, one row each, in meeting order.
import { parseArgs } from 'node:util';
import { writeFileSync } from 'node:fs';
import { views } from '../../engine';
import { UsageError } from '../discover';
import type { Io } from '../run';
import { localeOption, startRecordCommand } from './load-records';

export const STATS_HELP = `briefing stats [tệp|thư mục|glob]... — số liệu của mọi hồ sơ / every statistic of every record

  -f, --format table|csv|json|md   định dạng / output format (table)
      --topic T                    chỉ chủ đề T (không phân biệt dấu, hoa thường) / only topic T (diacritics and case ignored)
      --label L                    chỉ nội dung L / only label L
      --from YYYY-MM-DD            họp từ ngày / meetings on or after
      --to YYYY-MM-DD              họp đến ngày / meetings on or before
      --separator , | ; | tab      dấu phân cách CSV (;: số thập phân dùng dấu phẩy) / CSV separator (;: decimal comma)
      --bom                        CSV có BOM UTF-8 cho Excel / CSV with a UTF-8 BOM for Excel
  -o, --output FILE                ghi ra tệp / write to FILE
      --locale vi|en               ngôn ngữ / language (vi)
`;

const FORMATS: views.StatsFormat[] = ['table', 'csv', 'json', 'md'];
const SEPARATORS: Record<string, string> = { ',': ',', ';': ';', tab: '\t', '\t': '\t' };

function options(argv: string[], env: NodeJS.ProcessEnv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        topic: { type: 'string' },
        label: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        separator: { type: 'string' },
        bom: { type: 'boolean' },
        output: { type: 'string', short: 'o' },
        locale: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const v = parsed.values;
  const format = (v.format ?? 'table') as views.StatsFormat;
  if (!FORMATS.includes(format)) throw new UsageError(`--format phải là / must be one of: ${FORMATS.join(', ')}`);
  for (const d of [v.from, v.to]) {
    if (d !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(d)) throw new UsageError(`--from/--to phải là ngày YYYY-MM-DD / must be a date YYYY-MM-DD: ${d}`);
  }
  if (v.from && v.to && v.from > v.to) throw new UsageError(`--from ${v.from} sau / is after --to ${v.to}`);
  const separator = SEPARATORS[v.separator ?? ','];
  if (!separator) throw new UsageError('--separator phải là / must be one of: , ; tab');
  const locale = localeOption(v.locale, env);
  return { ...v, format, separator, locale, paths: parsed.positionals.length ? parsed.positionals : ['.'] };
}

export function runStats(argv: string[], io: Io): number {
  const started = startRecordCommand('stats', STATS_HELP, argv, io, options, false);
  if (typeof started === 'number') return started;
  const { options: o, loaded } = started;
  const rows = views.sortRows(
    views.filterRows(
      loaded.records.flatMap((r) => views.statisticRows(r.record, o.locale)),
      { topic: o.topic, label: o.label, from: o.from, to: o.to },
    ),
  );
  const out =
    o.format === 'csv'
      ? views.formatCsv(rows, o.locale, { separator: o.separator, bom: !!o.bom })
      : o.format === 'json'
        ? views.formatStatsJson(rows)
        : o.format === 'md'
          ? views.formatMarkdown(rows, o.locale)
          : views.formatTable(rows, o.locale);
  for (const msg of loaded.ioErrors) io.stderr(`briefing: ${msg}\n`);
  if (o.output) {
    try {
      writeFileSync(o.output, out);
    } catch (e) {
      io.stderr(`briefing: không ghi được / cannot write ${o.output}: ${(e as NodeJS.ErrnoException).code ?? e}\n`);
      return 2;
    }
  } else io.stdout(out);
  return loaded.ioErrors.length ? 2 : 0;
}
