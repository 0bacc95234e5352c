// What unknown-rank, unknown-unit, unknown-position and unknown-measure share: a value the
// catalogs do not know, with the closest known spelling (ignoring diacritics and case) offered as
// a suggestion — a different catalog entry is a different fact, so never applied by --fix.
import type { RuleContext } from './rule';
import { catalogRefs, type RefKind } from './catalog-refs';
import { valueSpan, replaceScalar } from './helpers';
import type { Bilingual } from '../i18n';

/** The description and messages of an unknown-<kind> rule, for `what` ("Rank", "Unit", …). */
export function unknownValueTexts(what: Bilingual): { description: Bilingual; messages: Record<string, Bilingual> } {
  return {
    description: {
      vi: `${what.vi} không có trong danh mục (danh mục kèm theo hoặc .briefing/catalog.yaml).`,
      en: `${what.en} not in the catalogs (bundled or .briefing/catalog.yaml).`,
    },
    messages: {
      unknown: { vi: `${what.vi} "{value}" không có trong danh mục.`, en: `${what.en} "{value}" is not in the catalog.` },
      unknownSuggest: {
        vi: `${what.vi} "{value}" không có trong danh mục; có phải "{suggestion}"?`,
        en: `${what.en} "{value}" is not in the catalog; did you mean "{suggestion}"?`,
      },
      replace: { vi: 'Sửa thành "{suggestion}"', en: 'Change to "{suggestion}"' },
    },
  };
}

export type Suggest = (ctx: RuleContext, value: string, forceId?: string) => string | undefined;

/** The check of an unknown-<kind> rule: reports catalog references of `kind` that match nothing. */
export function unknownValueCheck(kind: RefKind, suggest: Suggest): (ctx: RuleContext) => void {
  return (ctx) => {
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
        fixes: suggestion ? [{ titleId: 'replace', args: { suggestion }, edits: [replaceScalar(ctx.record.text, span, suggestion)] }] : undefined,
      });
    }
  };
}
