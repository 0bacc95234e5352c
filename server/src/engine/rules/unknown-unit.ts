// unknown-unit: a unit that the unit catalog (bundled or the workspace's) does not have.
import { defineRule } from './rule';
import { unknownValueCheck, unknownValueTexts } from './unknown-value-check';

export const unknownUnit = defineRule({
  id: 'unknown-unit',
  severity: 'warning',
  tags: ['catalog'],
  ...unknownValueTexts({ vi: 'Đơn vị', en: 'Unit' }),
  fixes: { replace: 'suggestion' },
  check: unknownValueCheck('unit', (ctx, value) => ctx.catalog.units.suggest(value)),
});
