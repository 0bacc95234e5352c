// unknown-position: a position that the position catalog does not have.
import { defineRule } from './rule';
import { unknownValueCheck, unknownValueTexts } from './unknown-value-check';

export const unknownPosition = defineRule({
  id: 'unknown-position',
  severity: 'info',
  tags: ['catalog'],
  ...unknownValueTexts({ vi: 'Chức vụ', en: 'Position' }),
  fixes: { replace: 'suggestion' },
  check: unknownValueCheck('position', (ctx, value) => ctx.catalog.positions.suggest(value)),
});
