import { ValidationError, type Issue } from '../errors.ts';
import { partiesSchema } from '../schema/schemas.ts';
import { validateSchema } from '../schema/validate-schema.ts';
import type { Party } from '../types.ts';
import { parseYaml, type SourceFile } from '../yaml/parse-yaml.ts';

/** Loads and checks `content/parties.yaml`: shape and unique ids. */
export function loadParties(file: SourceFile): Party[] {
  const parsed = parseYaml(file);
  const schemaIssues = validateSchema(partiesSchema, parsed, file.path);
  if (schemaIssues.length > 0) throw new ValidationError(schemaIssues);
  const parties = (parsed.data as { parties: Party[] }).parties;
  const issues: Issue[] = [];
  const seen = new Map<string, number>();
  parties.forEach((party, index) => {
    const first = seen.get(party.id);
    if (first !== undefined) {
      issues.push({ file: file.path, line: parsed.lineOf(['parties', index, 'id']), field: `parties[${index}].id`, message: `duplicate id "${party.id}" (first on line ${parsed.lineOf(['parties', first, 'id'])})` });
    }
    seen.set(party.id, index);
  });
  if (issues.length > 0) throw new ValidationError(issues);
  return parties.map((p) => ({ id: p.id, name: { ar: p.name.ar, en: p.name.en }, label: { ar: p.label.ar, en: p.label.en } }));
}
