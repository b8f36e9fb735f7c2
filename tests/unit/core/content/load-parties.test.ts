import { describe, expect, it } from 'vitest';
import { loadParties, loadPartiesFile } from '../../../../src/core/content/load-parties.ts';
import { ValidationError, formatIssue } from '../../../../src/core/errors.ts';
import { readProjectFile } from '../../helpers/project.ts';

const file = (text: string): { path: string; text: string } => ({ path: 'content/parties.yaml', text });
const problems = (text: string): string[] => {
  try {
    loadPartiesFile(file(text));
  } catch (error) {
    if (error instanceof ValidationError) return error.issues.map(formatIssue);
    throw error;
  }
  return [];
};
const TWO = (lnaAliases: string, gnaAliases: string, shared = ''): string => `parties:
  - id: lna
    name: {ar: قوات حفتر, en: Haftar's forces}
    label: {ar: حفتر, en: LNA}
    aliases:
${lnaAliases}
  - id: gna
    name: {ar: حكومة الوفاق, en: Government of National Accord}
    label: {ar: الوفاق, en: GNA}
    aliases:
${gnaAliases}
${shared}`;

describe('loadPartiesFile', () => {
  it('loadPartiesFile(content/parties.yaml) gives each party its Arabic and English aliases, outside aliases and people, and the shared aliases', () => {
    const { parties, sharedAliases } = loadPartiesFile(file(readProjectFile('content/parties.yaml')));
    const lna = parties.find((p) => p.id === 'lna')!;
    const gna = parties.find((p) => p.id === 'gna')!;
    for (const alias of ['الجيش الوطني الليبي', 'القيادة العامة']) expect(lna.aliases?.ar).toContain(alias);
    for (const alias of ['Libyan National Army', 'LNA']) expect(lna.aliases?.en).toContain(alias);
    // What the other side and outsiders call it, and who speaks for it.
    expect(lna.outsideAliases?.ar).toContain('قوات حفتر');
    expect(lna.outsideAliases?.en).toContain("Haftar's forces");
    expect(lna.people?.ar).toContain('حفتر');
    expect(gna.people?.en).toContain('Gununu');
    for (const alias of ['قوات الوفاق', 'قوات الحكومة', 'بركان الغضب']) expect(gna.aliases?.ar).toContain(alias);
    for (const alias of ['GNA forces', 'government forces']) expect(gna.aliases?.en).toContain(alias);
    expect(sharedAliases.ar).toContain('الجيش الليبي');
    expect(sharedAliases.en).toContain('Libyan Army');
  });
  it('loadParties keeps working without aliases: empty lists', () => {
    const parties = loadParties(file(`parties:\n  - id: lna\n    name: {ar: أ, en: A}\n    label: {ar: أ, en: A}\n`));
    const none = { ar: [], en: [] };
    expect(parties).toEqual([{ id: 'lna', name: { ar: 'أ', en: 'A' }, label: { ar: 'أ', en: 'A' }, aliases: none, outsideAliases: none, people: none }]);
  });
  it('refuses an alias given twice for one party, as normalised (أ/ا), naming file, line and the first one', () => {
    expect(problems(TWO('      ar: [قوات حفتر, قوات  حفتر]', '      ar: [الوفاق]'))).toEqual([
      'content/parties.yaml:6: parties[0].aliases.ar[1]: duplicate alias "قوات  حفتر" (first on line 6) (expected each alias once)',
    ]);
    expect(problems(TWO('      ar:\n        - الجيش الوطني\n        - الجيش الوطنى', '      ar: [الوفاق]'))).toEqual([
      'content/parties.yaml:8: parties[0].aliases.ar[1]: duplicate alias "الجيش الوطنى" (first on line 7) (expected each alias once)',
    ]);
  });
  it('refuses a name two parties share (as aliases, outside aliases or people), and points to shared_aliases', () => {
    expect(problems(TWO('      en: [the army]', '      en: [The Army]'))).toEqual([
      'content/parties.yaml:11: parties[1].aliases.en[0]: alias "The Army" is also given for party "lna" (line 6) (expected a name only one party uses, or the name under shared_aliases)',
    ]);
    expect(problems(TWO('      en: [LNA]', '      en: [GNA]\n    people:\n      en: [LNA]'))).toEqual([
      'content/parties.yaml:13: parties[1].people.en[0]: alias "LNA" is also given for party "lna" (line 6) (expected a name only one party uses, or the name under shared_aliases)',
    ]);
    expect(problems(TWO('      en: [LNA]', '      en: [GNA]', 'shared_aliases:\n  en: [LNA]\n'))).toEqual([
      'content/parties.yaml:13: shared_aliases.en[0]: alias "LNA" is also given for party "lna" (line 6) (expected a name only one party uses, or the name under shared_aliases)',
    ]);
  });
  it('refuses an alias with no letter or digit, and a malformed aliases field', () => {
    expect(problems(TWO('      ar: ["«»"]', '      ar: [الوفاق]'))).toEqual([
      'content/parties.yaml:6: parties[0].aliases.ar[0]: an alias must contain a letter or digit (expected a name as news writes it, found "«»")',
    ]);
    expect(problems(TWO('      fr: [Haftar]', '      ar: [الوفاق]'))[0]).toMatch(/^content\/parties\.yaml:6: parties\[0\]\.aliases\.fr: unknown field/);
  });
});
