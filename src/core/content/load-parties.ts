import { ValidationError, type Issue } from '../errors.ts';
import { partiesSchema } from '../schema/schemas.ts';
import { validateSchema } from '../schema/validate-schema.ts';
import { normaliseName } from '../text/normalise.ts';
import type { Party, PartyAliases } from '../types.ts';
import { parseYaml, type SourceFile } from '../yaml/parse-yaml.ts';

interface RawParty {
  id: string;
  name: { ar: string; en: string };
  label: { ar: string; en: string };
  aliases?: Partial<PartyAliases>;
  outside_aliases?: Partial<PartyAliases>;
  people?: Partial<PartyAliases>;
}

/** What `content/parties.yaml` holds. */
export interface PartiesFile {
  parties: Party[];
  /**
   * Names several parties use for their own forces ("الجيش الليبي", "the Libyan Army"): the claim
   * suggester resolves them from context (an affiliation next to them, the spokesman named with
   * them) or leaves them unresolved.
   */
  sharedAliases: PartyAliases;
}

/** Loads and checks `content/parties.yaml`: shape and unique ids. */
export function loadParties(file: SourceFile): Party[] {
  return loadPartiesFile(file).parties;
}

/**
 * Loads and checks `content/parties.yaml` with its aliases, outside aliases and people: shape, unique party ids,
 * and names that say one thing: a name (compared normalised, as the suggester reads it) appears
 * once per party, never under two parties (a name both sides use goes under `shared_aliases`),
 * and is not only punctuation.
 */
export function loadPartiesFile(file: SourceFile): PartiesFile {
  const parsed = parseYaml(file);
  const schemaIssues = validateSchema(partiesSchema, parsed, file.path);
  if (schemaIssues.length > 0) throw new ValidationError(schemaIssues);
  const data = parsed.data as { parties: RawParty[]; shared_aliases?: Partial<PartyAliases> };
  const issues: Issue[] = [];
  const seen = new Map<string, number>();
  data.parties.forEach((party, index) => {
    const first = seen.get(party.id);
    if (first !== undefined) {
      issues.push({ file: file.path, line: parsed.lineOf(['parties', index, 'id']), field: `parties[${index}].id`, message: `duplicate id "${party.id}" (first on line ${parsed.lineOf(['parties', first, 'id'])})` });
    }
    seen.set(party.id, index);
  });

  // Every alias, normalised, with where it was written: one owner per name.
  const owners = new Map<string, { owner: string; line: number | undefined }>();
  const checkAliases = (aliases: Partial<PartyAliases> | undefined, owner: string, base: Array<string | number>, fieldBase: string): void => {
    for (const lang of ['ar', 'en'] as const) {
      (aliases?.[lang] ?? []).forEach((alias, k) => {
        const path = [...base, lang, k];
        const at = { file: file.path, line: parsed.lineOf(path), field: `${fieldBase}.${lang}[${k}]` };
        const key = normaliseName(alias);
        if (key.length === 0) {
          issues.push({ ...at, message: 'an alias must contain a letter or digit', expected: 'a name as news writes it', found: JSON.stringify(alias) });
          return;
        }
        const known = owners.get(key);
        if (known === undefined) {
          owners.set(key, { owner, line: at.line });
        } else if (known.owner === owner) {
          issues.push({ ...at, message: `duplicate alias "${alias}" (first on line ${known.line})`, expected: 'each alias once' });
        } else {
          issues.push({ ...at, message: `alias "${alias}" is also given for ${known.owner} (line ${known.line})`, expected: 'a name only one party uses, or the name under shared_aliases' });
        }
      });
    }
  };
  data.parties.forEach((party, i) => {
    checkAliases(party.aliases, `party "${party.id}"`, ['parties', i, 'aliases'], `parties[${i}].aliases`);
    checkAliases(party.outside_aliases, `party "${party.id}"`, ['parties', i, 'outside_aliases'], `parties[${i}].outside_aliases`);
    checkAliases(party.people, `party "${party.id}"`, ['parties', i, 'people'], `parties[${i}].people`);
  });
  checkAliases(data.shared_aliases, 'shared_aliases', ['shared_aliases'], 'shared_aliases');
  if (issues.length > 0) throw new ValidationError(issues);
  return {
    parties: data.parties.map((p) => ({
      id: p.id,
      name: { ar: p.name.ar, en: p.name.en },
      label: { ar: p.label.ar, en: p.label.en },
      aliases: { ar: [...(p.aliases?.ar ?? [])], en: [...(p.aliases?.en ?? [])] },
      outsideAliases: { ar: [...(p.outside_aliases?.ar ?? [])], en: [...(p.outside_aliases?.en ?? [])] },
      people: { ar: [...(p.people?.ar ?? [])], en: [...(p.people?.en ?? [])] },
    })),
    sharedAliases: { ar: [...(data.shared_aliases?.ar ?? [])], en: [...(data.shared_aliases?.en ?? [])] },
  };
}
