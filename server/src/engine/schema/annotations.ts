// Keywords the schema carries for editors (VS Code, yaml-language-server) and for this engine.
// Ajv's strict mode rejects unknown keywords, so they are declared as annotations.
export const ANNOTATION_KEYWORDS = [
  'markdownDescription',
  'enumDescriptions',
  'markdownEnumDescriptions',
  'defaultSnippets',
  'deprecationMessage',
  'doNotSuggest',
  'x-catalog',
  'x-kind',
] as const;

export interface SchemaNode {
  $ref?: string;
  type?: string | string[];
  description?: string;
  markdownDescription?: string;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
  enum?: unknown[];
  enumDescriptions?: string[];
  examples?: unknown[];
  defaultSnippets?: { label?: string; description?: string; body?: unknown; bodyText?: string }[];
  additionalProperties?: boolean | SchemaNode;
  if?: SchemaNode;
  not?: SchemaNode;
  then?: SchemaNode;
  else?: SchemaNode;
  allOf?: SchemaNode[];
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
  definitions?: Record<string, SchemaNode>;
  'x-catalog'?: 'rank' | 'unit' | 'position' | 'measure' | 'person' | 'force';
  'x-kind'?: 'date';
  [k: string]: unknown;
}
