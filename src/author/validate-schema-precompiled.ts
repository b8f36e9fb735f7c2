/**
 * The browser's `validateSchema` (src/core/schema/validate-schema.ts in Node): the same checks
 * and messages, with validators compiled at build time (src/cli/vite-plugin-schema-validators.ts),
 * because the page's Content-Security-Policy forbids compiling them in the page. The Vite plugin
 * puts this module in the original's place for code built for the browser.
 */
import { validatorsBySchema } from 'virtual:cm-schema-validators';
import type { Issue } from '../core/errors.ts';
import { schemaIssues } from '../core/schema/schema-issues.ts';
import type { ParsedYaml } from '../core/yaml/parse-yaml.ts';

export { describe } from '../core/schema/schema-issues.ts';

/**
 * Validates parsed data against one of the schemas of src/core/schema/schemas.ts, with its
 * precompiled validator.
 *
 * @throws Error for a schema that is not one of them (nothing compiled it)
 */
export function validateSchema(schema: object, parsed: ParsedYaml, file: string): Issue[] {
  const validate = validatorsBySchema.get(schema);
  if (!validate) throw new Error('validateSchema: no precompiled validator for this schema (only those of src/core/schema/schemas.ts are compiled)');
  if (validate(parsed.data)) return [];
  return schemaIssues(validate.errors ?? [], parsed, file);
}
