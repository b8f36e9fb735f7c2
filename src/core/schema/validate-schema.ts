import { Ajv } from 'ajv';
import type { Issue } from '../errors.ts';
import type { ParsedYaml } from '../yaml/parse-yaml.ts';
import { schemaIssues } from './schema-issues.ts';

export { describe } from './schema-issues.ts';

/**
 * Validates parsed data against a JSON Schema (draft-07, via Ajv) and turns every error into an
 * {@link Issue} naming the file, line and field, what was expected and what was found.
 * Build-time only: Ajv compiles schemas with `new Function`, which the page's CSP forbids.
 */
export function validateSchema(schema: object, parsed: ParsedYaml, file: string): Issue[] {
  const ajv = new Ajv({ allErrors: true, strict: true });
  const validate = ajv.compile(schema);
  if (validate(parsed.data)) return [];
  return schemaIssues(validate.errors ?? [], parsed, file);
}
