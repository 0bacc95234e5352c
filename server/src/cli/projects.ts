// The CLI's view of projects: one Project per root (host/project.ts), read once per run, with
// the severities and locale its records are validated with.
import { relative } from 'node:path';
import type { Engine, Locale, SeveritySetting, ValidateOptions as EngineValidateOptions } from '../engine';
import { Severity } from '../engine';
import { loadProject, projectRootFor, projectSeverities, type Project, type ReadText } from '../host/project';

export interface ProjectSettings {
  locale: Locale;
  /** True when --locale or BRIEFING_LOCALE chose the locale: the configuration's does not apply. */
  localeExplicit?: boolean;
  configFile?: string;
  noConfig?: boolean;
  /** --rule id:severity, in order. */
  rules?: Record<string, SeveritySetting>;
  cwd: string;
}

export class ProjectCache {
  private readonly byRoot = new Map<string, Project>();

  constructor(
    private readonly engine: Engine,
    private readonly settings: ProjectSettings,
    private readonly read?: ReadText,
  ) {}

  rootOf(path: string): string {
    return projectRootFor(path);
  }

  get(root: string): Project {
    let p = this.byRoot.get(root);
    if (!p) {
      p = loadProject(this.engine, root, this.settings.locale, { configFile: this.settings.configFile, noConfig: this.settings.noConfig, read: this.read });
      this.byRoot.set(root, p);
    }
    return p;
  }

  /** The files by project root, each group in the order given. */
  group(files: readonly string[]): Map<string, string[]> {
    const groups = new Map<string, string[]>();
    for (const f of files) {
      const root = this.rootOf(f);
      const g = groups.get(root);
      if (g) g.push(f);
      else groups.set(root, [f]);
    }
    return groups;
  }

  forFile(path: string): Project {
    return this.get(this.rootOf(path));
  }

  locale(project: Project): Locale {
    return this.settings.localeExplicit ? this.settings.locale : (project.config.locale ?? this.settings.locale);
  }

  severities(project: Project) {
    return projectSeverities(project, this.settings.rules ? [{ origin: '--rule', rules: this.settings.rules }] : []);
  }

  validateOptions(project: Project): EngineValidateOptions {
    return { locale: this.locale(project), severities: this.severities(project).overrides };
  }
}

/**
 * The problems that stop a run (exit 2): a configuration that does not parse or names an
 * unknown rule or severity, and project files that cannot be read. Each message has its place.
 */
export function projectErrors(project: Project, cwd: string): string[] {
  const show = (p: string) => relative(cwd, p) || p;
  const out: string[] = [];
  for (const d of project.configDiagnostics) {
    if (d.severity !== Severity.error) continue;
    out.push(
      `${show(project.configPath!)}:${d.range.start.line + 1}:${d.range.start.character + 1}: cấu hình sai / bad configuration: ${d.message} (${d.code})`,
    );
  }
  // A catalog or people registry that cannot be read is reported as that file's problem and the
  // records are still checked (validate.ts); an unreadable configuration stops the project.
  for (const f of project.dataFiles) {
    if (f.error && f.kind === 'config') out.push(`${show(f.path)}: ${f.error}`);
  }
  return out;
}
