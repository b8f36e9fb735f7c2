import type { ErrorObject } from 'ajv';
import { formatPath, type Issue } from '../errors.ts';
import type { ParsedYaml } from '../yaml/parse-yaml.ts';

/**
 * Turns a JSON Schema validator's errors (Ajv's, whether compiled at run time or ahead of time)
 * into {@link Issue}s naming the file, line and field, what was expected and what was found.
 */
export function schemaIssues(errors: readonly ErrorObject[], parsed: ParsedYaml, file: string): Issue[] {
  return errors.map((error) => toIssue(error, parsed, file));
}

function toIssue(error: ErrorObject, parsed: ParsedYaml, file: string): Issue {
  const path = error.instancePath
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  const params = error.params as Record<string, unknown>;
  let field = formatPath(path);
  let message = error.message ?? 'invalid';
  let expected: string | undefined;
  if (error.keyword === 'required') {
    field = formatPath([...path, String(params.missingProperty)]);
    message = 'missing required field';
  } else if (error.keyword === 'additionalProperties') {
    field = formatPath([...path, String(params.additionalProperty)]);
    message = 'unknown field';
  } else if (error.keyword === 'enum') {
    expected = `one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    message = 'not an allowed value';
  } else if (error.keyword === 'type') {
    expected = String(params.type);
    message = 'wrong type';
  } else if (error.keyword === 'pattern') {
    expected = `a string matching ${String(params.pattern)}`;
    message = 'wrong format';
  }
  const value = getAt(parsed.data, path);
  return {
    file,
    line: parsed.lineOf(path),
    field: field || '(document)',
    message,
    ...(expected ? { expected } : {}),
    ...(error.keyword !== 'required' && error.keyword !== 'additionalProperties' ? { found: describe(value) } : {}),
  };
}

function getAt(data: unknown, path: ReadonlyArray<string | number>): unknown {
  let v: unknown = data;
  for (const p of path) v = v && typeof v === 'object' ? (v as Record<string | number, unknown>)[p] : undefined;
  return v;
}

/** Short, readable rendering of a found value for error messages. */
export function describe(value: unknown): string {
  const s = JSON.stringify(value) ?? String(value);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
