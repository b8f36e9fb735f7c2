/**
 * The browser's `validateSchema` (src/core/schema/validate-schema.ts in Node): the same checks
 * and messages, with validators compiled at build time (src/cli/vite-plugin-schema-validators.ts),
 * because the page's Content-Security-Policy forbids compiling them in the page. The Vite plugin
 * puts this module in the original's place for code built for the browser.
 */
import type { ErrorObject } from 'ajv';
import * as validators from 'virtual:cm-schema-validators';
import type { Issue } from '../core/errors.ts';
import * as schemas from '../core/schema/schemas.ts';
import { schemaIssues } from '../core/schema/schema-issues.ts';
import type { ParsedYaml } from '../core/yaml/parse-yaml.ts';

export { describe } from '../core/schema/schema-issues.ts';

/** A validator as Ajv's standalone code exports it. */
type PrecompiledValidator = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

/**
 * Validates parsed data against one of the schemas of src/core/schema/schemas.ts, with its
 * precompiled validator.
 *
 * @throws Error for a schema that is not one of them (nothing compiled it)
 */
export function validateSchema(schema: object, parsed: ParsedYaml, file: string): Issue[] {
  const name = Object.entries(schemas).find(([, s]) => s === schema)?.[0];
  const validate = name ? (validators as Record<string, PrecompiledValidator | undefined>)[name] : undefined;
  if (!validate) throw new Error('validateSchema: no precompiled validator for this schema (only those of src/core/schema/schemas.ts are compiled)');
  if (validate(parsed.data)) return [];
  return schemaIssues(validate.errors ?? [], parsed, file);
}
