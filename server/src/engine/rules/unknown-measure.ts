// unknown-measure: a statistic's measurement unit that the measures catalog does not have.
import { defineRule } from './rule';
import { unknownValueCheck, unknownValueTexts } from './unknown-value-check';

export const unknownMeasure = defineRule({
  id: 'unknown-measure',
  severity: 'warning',
  tags: ['catalog'],
  ...unknownValueTexts({ vi: 'Đơn vị tính', en: 'Measurement unit' }),
  fixes: { replace: 'suggestion' },
  check: unknownValueCheck('measure', (ctx, value) => ctx.catalog.measures.suggest(value)),
});
