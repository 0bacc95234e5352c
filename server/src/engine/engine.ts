// The engine facade: one object of plain functions over a parsed record, shared by the CLI,
// the language server and the tests. It holds the compiled schema, the merged catalogs and
// the people registry; faces own documents and caching per version.
import { isMap } from 'yaml';
import { parseRecord, type ParsedRecord } from './parse/parse-record';
import { SchemaValidator } from './schema/schema-validator';
import type { SchemaNode } from './schema/annotations';
import { Catalog } from './catalog/catalog';
import type { CatalogData } from './catalog/types';
import { PeopleRegistry } from './people/registry';
import { appearancesOf } from './people/appearances';
import { loadRegistries } from './people/registry-file';
import { personAt, navigation, type PersonNavigation } from './people/navigation';
import { ALL_RULES, DOCUMENT_RULES, RULES_BY_ID, TEXT_RULES } from './rules';
import type { Finding, Rule, RuleContext } from './rules/rule';
import type { Diagnostic, Locale, SeverityName } from './types';
import { checkDataText, toDiagnostic, type ConfigFile, type DataFileKind, type DataText } from './data-files';
import { configSchema } from './config/schema';
import { entryLines, toProjectConfig } from './config/project-config';
import { recordDate } from './model/record-view';
import { applySuppressions } from './suppressions';
import { isPlaceholderEcho, placeholderSpans } from './rules/draft-placeholder';
import { reportParseProblems, shapeName } from './parse-problems';
import type { Position, Range } from './types';
import type { CodeAction, CodeActionOptions, CompletionItem, DocumentSymbol, FeatureOptions, FoldingRange, Hover, WorkspaceSymbol } from './features/types';
import { complete } from './features/completion/completion';
import { hover } from './features/hover';
import { documentSymbols } from './features/document-symbols';
import { foldingRanges } from './features/folding';
import { workspaceSymbols } from './features/workspace-symbols';
import { codeActions } from './features/code-actions';
import { fixText } from './fix';

export interface EngineOptions {
  /** The record schema (schemas/briefing.schema.json). */
  schema: SchemaNode;
  /** Schemas for workspace files. */
  catalogSchema?: SchemaNode;
  peopleSchema?: SchemaNode;
  /** Bundled catalogs, already read from schemas/catalogs/*.yaml. */
  catalogs: CatalogData[];
}

let generations = 0;

let builtConfigSchema: SchemaNode | undefined;
const configSchemaNode = () => (builtConfigSchema ??= configSchema());

export interface ValidateOptions {
  locale?: Locale;
  /** Per-rule severity overrides; "off" disables a rule. */
  severities?: Record<string, SeverityName | 'off'>;
}

/** Compiled validators by schema object: engines built from the same assets share them. */
const compiled = new WeakMap<SchemaNode, SchemaValidator>();

function validatorFor(schema: SchemaNode): SchemaValidator {
  let v = compiled.get(schema);
  if (!v) {
    v = new SchemaValidator(schema);
    compiled.set(schema, v);
  }
  return v;
}

export class Engine {
  // Compiling the schema and indexing the catalogs take a noticeable fraction of a second:
  // both are built on first use, so a language server can answer `initialize` at once.
  private compiledValidator?: SchemaValidator;
  private builtCatalog?: Catalog;
  readonly people = new PeopleRegistry();
  /**
   * Changes when workspace data changes, so cached results of older generations are dropped.
   * Unique across engines: a face that replaces a project's engine never sees an old value again.
   */
  generation = ++generations;
  private readonly cache = new WeakMap<ParsedRecord, { key: string; diagnostics: Diagnostic[] }>();

  constructor(private readonly options: EngineOptions) {}

  private get validator(): SchemaValidator {
    return (this.compiledValidator ??= validatorFor(this.options.schema));
  }

  private get catalog(): Catalog {
    return (this.builtCatalog ??= new Catalog(this.options.catalogs));
  }

  // Workspace catalog and people files are rare: their validators are compiled on first use.
  private get catalogValidator(): SchemaValidator | undefined {
    return this.options.catalogSchema && validatorFor(this.options.catalogSchema);
  }

  private get peopleValidator(): SchemaValidator | undefined {
    return this.options.peopleSchema && validatorFor(this.options.peopleSchema);
  }

  get schemaNav() {
    return this.validator.nav;
  }

  get catalogs(): Catalog {
    return this.catalog;
  }

  parse(text: string, uri = 'untitled', version = 0): ParsedRecord {
    return parseRecord(text, uri, version);
  }

  /** Extends the bundled catalogs with a workspace catalog; returns that file's own problems. */
  setWorkspaceCatalog(text: string | undefined, uri = '.briefing/catalog.yaml', locale: Locale = 'vi'): Diagnostic[] {
    return this.setWorkspaceCatalogs(text === undefined ? [] : [{ text, uri }], locale).get(uri) ?? [];
  }

  /**
   * Extends the bundled catalogs with the project's catalog files, in order; returns each
   * file's own problems by URI. The same files again (the CLI sets them per batch) cost nothing.
   */
  setWorkspaceCatalogs(files: readonly DataText[], locale: Locale = 'vi'): Map<string, Diagnostic[]> {
    const key = `${locale}\u0000${files.map((f) => `${f.uri}\u0000${f.text}`).join('\u0001')}`;
    if (this.loadedCatalog?.key === key) return this.loadedCatalog.diagnostics;
    this.generation = ++generations;
    this.builtCatalog = undefined; // the bundled catalogs alone, indexed again on first use
    const diagnostics = new Map<string, Diagnostic[]>();
    for (const f of files) {
      const { diagnostics: ds, data } = checkDataText(f.text, f.uri, this.catalogValidator, locale);
      diagnostics.set(f.uri, ds);
      if (data && typeof data === 'object') this.catalog.extend(data as CatalogData);
    }
    this.loadedCatalog = { key, diagnostics };
    return diagnostics;
  }

  private loadedCatalog?: { key: string; diagnostics: Map<string, Diagnostic[]> };

  /** Loads the people registry (.briefing/people.yaml); returns that file's own problems. */
  setPeopleRegistry(text: string | undefined, uri = '.briefing/people.yaml', locale: Locale = 'vi'): Diagnostic[] {
    return this.setPeopleRegistries(text === undefined ? [] : [{ text, uri }], locale).get(uri) ?? [];
  }

  /** Loads the project's people registries (their entries together); problems by URI. */
  setPeopleRegistries(files: readonly DataText[], locale: Locale = 'vi'): Map<string, Diagnostic[]> {
    this.generation = ++generations;
    return loadRegistries(this.people, files, (f) => checkDataText(f.text, f.uri, this.peopleValidator, locale));
  }

  /**
   * Reads a project configuration (.briefing/config.yaml): its problems with positions, the
   * usable settings, and the line of each rule or tag entry (`label:line`) for "where from".
   */
  readConfig(text: string, uri: string, locale: Locale = 'vi', label = uri): ConfigFile {
    const checked = checkDataText(text, uri, validatorFor(configSchemaNode()), locale);
    const value = checked.record.documents[0]?.value;
    return {
      diagnostics: checked.diagnostics,
      config: toProjectConfig(value),
      entryOrigin: entryLines(checked.record.documents[0]?.doc, checked.record.lines, label),
    };
  }

  /** A project data file checked as what it is, against its own schema. */
  checkDataFile(kind: DataFileKind, text: string, uri: string, locale: Locale = 'vi'): Diagnostic[] {
    if (kind === 'config') return this.readConfig(text, uri, locale).diagnostics;
    return checkDataText(text, uri, kind === 'catalog' ? this.catalogValidator : this.peopleValidator, locale).diagnostics;
  }

  /** Indexes the people a record names, for completion, navigation and cross-record checks. */
  notePeople(record: ParsedRecord): void {
    this.people.setSeen(record.uri, appearancesOf(record));
  }

  forgetPeople(uri: string): void {
    this.people.index.delete(uri);
  }

  /** Changes when another record says something new about this record's people (cross-record rules). */
  archiveRevision = (record: ParsedRecord): string =>
    appearancesOf(record)
      .map((a) => this.people.index.revision(a.key))
      .join(',');
  /** The person named at a position, to navigate and rename by (people/navigation.ts). */
  personAt(record: ParsedRecord, position: Position): PersonNavigation | undefined {
    const a = personAt(record, position);
    return a && navigation(this.people, a);
  }

  /** All diagnostics of a record. Cached per parsed version, locale and workspace generation. */
  validate(record: ParsedRecord, options: ValidateOptions = {}): Diagnostic[] {
    const locale = options.locale ?? 'vi';
    const key = `${locale}|${this.generation}|${JSON.stringify(options.severities ?? {})}|${this.archiveRevision(record)}`;
    const hit = this.cache.get(record);
    if (hit && hit.key === key) return hit.diagnostics;
    const raw: { rule: Rule; finding: Finding }[] = [];
    const push = (id: string, finding: Finding) => {
      const rule = RULES_BY_ID.get(id);
      if (rule) raw.push({ rule, finding });
    };

    // With a syntax error the data is a guess: schema and content errors would only be echoes.
    const broken = reportParseProblems(record, push);

    const fatal = record.problems.some(
      (p) => p.code === 'yaml-too-deep' || (p.code === 'binary-content' && p.messageId === 'controlChar' && record.text.includes('\u0000')),
    );
    if (!fatal) {
      if (record.documents.length === 0 || record.documents.every((d) => d.doc.contents === null)) {
        push('yaml-syntax', { span: [0, 0], messageId: 'empty' });
      }
      let textChecked = false;
      for (const d of record.documents) {
        if (d.doc.contents === null) continue;
        if (!isMap(d.doc.contents)) {
          const r = d.doc.contents.range ?? [0, 0];
          push('yaml-syntax', { span: [r[0], Math.max(r[0], r[1])], messageId: 'notMapping', args: { actual: shapeName(d.doc.contents) } });
          continue;
        }
        if (d.value === undefined) continue; // alias bomb: already reported
        if (!broken) for (const f of this.validator.validate(d.doc, d.value, record.text)) push(f.code, f);
        const ctx: RuleContext = {
          record,
          doc: d.doc,
          data: d.value,
          catalog: this.catalog,
          people: this.people,
          recordDate: recordDate(d.value),
          report: () => undefined,
          reportedAt: (span) => raw.some(({ finding: f }) => f.span[0] < span[1] && span[0] < f.span[1]),
        };
        // Whole-text rules once per file (at its first mapping), the others once per document.
        const rules = broken ? [] : DOCUMENT_RULES;
        for (const rule of textChecked ? rules : [...TEXT_RULES, ...rules]) {
          if (options.severities?.[rule.id] === 'off') continue;
          ctx.report = (finding) => raw.push({ rule, finding });
          try {
            rule.check(ctx);
          } catch (e) {
            // A rule bug must not take the editor down; it shows as a diagnostic instead.
            push('schema', { span: [0, 0], messageId: 'generic', args: { keyword: rule.id, detail: e instanceof Error ? e.message : String(e) } });
          }
        }
        textChecked = true;
      }
    }

    const placeholders = record.documents.flatMap((d) => placeholderSpans(d.doc.contents, record.text));
    let diagnostics = raw
      .filter(({ rule, finding }) => options.severities?.[rule.id] !== 'off' && !isPlaceholderEcho(rule.id, finding.span, placeholders))
      .map(({ rule, finding }) => toDiagnostic(record, rule, finding, locale, options.severities?.[rule.id] as SeverityName | undefined));
    diagnostics = applySuppressions(record, diagnostics, locale, options.severities);
    diagnostics.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || a.code.localeCompare(b.code));
    this.cache.set(record, { key, diagnostics });
    return diagnostics;
  }

  /** Validates a text in one call (parse + validate). */
  check(text: string, uri?: string, options?: ValidateOptions): Diagnostic[] {
    return this.validate(this.parse(text, uri), options);
  }

  /** Completion items at a position, in the intended order. */
  complete(record: ParsedRecord, position: Position, options?: FeatureOptions): CompletionItem[] {
    return complete(this, record, position, options);
  }

  hover(record: ParsedRecord, position: Position, options?: FeatureOptions): Hover | null {
    return hover(this, record, position, options);
  }

  documentSymbols(record: ParsedRecord, options?: FeatureOptions): DocumentSymbol[] {
    return documentSymbols(record, options);
  }

  foldingRanges(record: ParsedRecord): FoldingRange[] {
    return foldingRanges(record);
  }

  workspaceSymbols(record: ParsedRecord): WorkspaceSymbol[] {
    return workspaceSymbols(record);
  }

  /** Quick fixes for `range` and a "fix all"; `diagnostics` are all of the record's (from validate). */
  /** "Fix all" follows the fix policy of --fix (fix.ts) with the same validation options; with
   * `deferFixAll` it is only offered, its edits computed when it is chosen. */
  codeActions(record: ParsedRecord, range: Range, diagnostics: readonly Diagnostic[], options?: CodeActionOptions & ValidateOptions): CodeAction[] {
    if (options?.deferFixAll) return codeActions(record, range, diagnostics, options);
    const fixed = fixText(record.text, (t) => this.check(t, record.uri, options), { diagnostics });
    return codeActions(record, range, diagnostics, options, fixed.status === 'fixed' ? fixed.text : undefined);
  }
}

export { ALL_RULES };
