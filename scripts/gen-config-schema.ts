import { writeFileSync } from 'node:fs';
import { configSchema } from '../server/src/engine/config/schema';

writeFileSync('schemas/config.schema.json', JSON.stringify(configSchema(), null, 2) + '\n');
console.log('schemas/config.schema.json written');
