import { writeFileSync } from 'node:fs';
import { renderRulesDoc } from './rules-doc';

writeFileSync('docs/rules.md', renderRulesDoc());
console.log('docs/rules.md written');
