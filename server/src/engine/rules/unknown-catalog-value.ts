// unknown-rank, unknown-unit, unknown-position, unknown-measure: a value the catalogs do not
// know, with the closest known spelling (ignoring diacritics and case) as a suggestion.
import type { Rule, RuleContext } from './rule';
import { catalogRefs, type RefKind } from './catalog-refs';
import { valueSpan, replaceScalar } from './helpers';
import type { SeverityName } from '../types';
import type { Bilingual } from '../i18n';

function makeRule(kind: RefKind, severity: SeverityName, what: Bilingual, suggest: (ctx: RuleContext, value: string, forceId?: string) => string | undefined): Rule {
  return {
    id: `unknown-${kind}`,
    severity,
    description: {
      vi: `${what.vi} không có trong danh mục (danh mục kèm theo hoặc .briefing/catalog.yaml).`,
      en: `${what.en} not in the catalogs (bundled or .briefing/catalog.yaml).`,
    },
    messages: {
      unknown: { vi: `${what.vi} "{value}" không có trong danh mục.`, en: `${what.en} "{value}" is not in the catalog.` },
      unknownSuggest: { vi: `${what.vi} "{value}" không có trong danh mục; có phải "{suggestion}"?`, en: `${what.en} "{value}" is not in the catalog; did you mean "{suggestion}"?` },
      replace: { vi: 'Sửa thành "{suggestion}"', en: 'Change to "{suggestion}"' },
    },
    check(ctx) {
      for (const ref of catalogRefs(ctx)) {
        if (ref.kind !== kind || ref.canonical !== undefined || ref.freeText) continue;
        if (kind === 'rank' && (!ref.force || ctx.catalog.forcesWithRank(ref.value).length > 0)) continue; // rank-not-in-force says more
        const span = valueSpan(ctx.doc, ref.path);
        if (!span) continue;
        const suggestion = suggest(ctx, ref.value, ref.force?.id);
        ctx.report({
          span,
          messageId: suggestion ? 'unknownSuggest' : 'unknown',
          args: { value: ref.value, suggestion },
          fixes: suggestion ? [{ titleId: 'replace', args: { suggestion }, edits: [replaceScalar(ctx.record.text, span, suggestion)], optional: true }] : undefined,
        });
      }
    },
  };
}

export const unknownRank = makeRule('rank', 'error', { vi: 'Cấp bậc hàm', en: 'Rank' }, (ctx, v, force) => ctx.catalog.ranks(force)?.suggest(v));
export const unknownUnit = makeRule('unit', 'warning', { vi: 'Đơn vị', en: 'Unit' }, (ctx, v) => ctx.catalog.units.suggest(v));
export const unknownPosition = makeRule('position', 'info', { vi: 'Chức vụ', en: 'Position' }, (ctx, v) => ctx.catalog.positions.suggest(v));
export const unknownMeasure = makeRule('measure', 'warning', { vi: 'Đơn vị tính', en: 'Measurement unit' }, (ctx, v) => ctx.catalog.measures.suggest(v));
