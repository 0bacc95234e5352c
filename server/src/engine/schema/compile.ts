// A schema's validator. In the built bundles this module is replaced (scripts/precompile-schemas.mjs):
// the bundled schemas' validators are generated ahead of time with Ajv's standalone code, so no
// start compiles them; a schema the build did not see is compiled as here.
import Ajv, { type ValidateFunction } from 'ajv';
import { AJV_OPTIONS } from './ajv-options';
import { ANNOTATION_KEYWORDS, type SchemaNode } from './annotations';

export function compileSchema(schema: SchemaNode): ValidateFunction {
  const ajv = new Ajv(AJV_OPTIONS);
  ajv.addVocabulary([...ANNOTATION_KEYWORDS]);
  return ajv.compile(schema);
}
