// `briefing validate --print-config FILE`: the settings that apply to FILE and where each came
// from (rule default, a line of the configuration file, --rule, --locale), as text or JSON.
import { relative, resolve } from 'node:path';
import { DEFAULT_RECORD_GLOBS, type Engine } from '../engine';
import { dataFileKind, isIgnored, isProjectRecord } from '../host/project';
import type { Options } from './args';
import { ProjectCache, projectErrors } from './projects';
import type { Io } from './run';

export function printConfig(engine: Engine, opts: Options, io: Io): number {
  const file = resolve(io.cwd, opts.printConfig!);
  const show = (p: string) => relative(io.cwd, p) || '.';
  const cache = new ProjectCache(engine, {
    locale: opts.locale,
    localeExplicit: opts.localeExplicit,
    configFile: opts.configFile && resolve(io.cwd, opts.configFile),
    noConfig: opts.noConfig,
    rules: opts.rules,
    cwd: io.cwd,
  });
  const project = cache.forFile(file);
  const errors = projectErrors(project, io.cwd);
  if (errors.length) {
    for (const e of errors) io.stderr(`briefing: ${e}\n`);
    return 2;
  }
  const locale = cache.locale(project);
  const localeOrigin = opts.localeExplicit ? '--locale / BRIEFING_LOCALE' : project.config.locale ? show(project.configPath!) : 'default';
  const { byRule } = cache.severities(project);
  const kind = dataFileKind(project, file);
  const ignored =
    isIgnored(project, file) ||
    (opts.ignorePatterns.length > 0 && isIgnored({ ...project, root: io.cwd, config: { ...project.config, ignores: opts.ignorePatterns } }, file));
  const info = {
    file: show(file),
    root: show(project.root),
    config: project.configPath ? show(project.configPath) : null,
    kind: kind ?? 'record',
    record: !kind && isProjectRecord(project, file),
    ignored,
    locale: { value: locale, origin: localeOrigin },
    files: project.config.files ?? DEFAULT_RECORD_GLOBS,
    ignores: [...(project.config.ignores ?? []), ...opts.ignorePatterns],
    catalogs: project.dataFiles.filter((d) => d.kind === 'catalog').map((d) => show(d.path)),
    people: project.dataFiles.filter((d) => d.kind === 'people').map((d) => show(d.path)),
    rules: byRule,
  };
  if (opts.format === 'json') {
    io.stdout(JSON.stringify(info, null, 2) + '\n');
    return 0;
  }
  const none = locale === 'en' ? '(none)' : '(không có)';
  const lines = [
    `${locale === 'en' ? 'File' : 'Tệp'}: ${info.file} (${info.kind}${info.ignored ? (locale === 'en' ? ', ignored' : ', bỏ qua') : ''})`,
    `${locale === 'en' ? 'Project root' : 'Gốc dự án'}: ${info.root}`,
    `${locale === 'en' ? 'Configuration' : 'Cấu hình'}: ${info.config ?? none}`,
    `locale: ${locale}  ← ${localeOrigin}`,
    `files: ${info.files.join(', ')}`,
    `ignores: ${info.ignores.join(', ') || none}`,
    `catalogs: ${info.catalogs.join(', ') || none}`,
    `people: ${info.people.join(', ') || none}`,
    'rules:',
  ];
  const width = Math.max(...Object.keys(byRule).map((id) => id.length));
  for (const [id, r] of Object.entries(byRule)) lines.push(`  ${id.padEnd(width)}  ${r.severity.padEnd(7)}  ← ${r.origin}`);
  io.stdout(lines.join('\n') + '\n');
  return 0;
}
