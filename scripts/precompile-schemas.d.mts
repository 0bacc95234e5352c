// Types for precompile-schemas.mjs, for the TypeScript tests that use the generator.
export interface BundledSchemas {
  schemas: { name: string; schema: object }[];
  options: Record<string, unknown>;
  keywords: string[];
}
export const COMPILE_MODULE: string;
export function schemaKey(schema: unknown): string;
export function bundledSchemas(): Promise<BundledSchemas>;
export function precompiledModule(schemas: BundledSchemas): string;
export function precompiledSchemas(moduleText: string): { name: string; setup(build: unknown): void };
