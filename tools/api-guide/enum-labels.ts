import { type EnumTypeDefinitionNode, Kind, parse } from 'graphql';

// Labels of the enum values in the composed supergraph, from the descriptions the services
// already give them: the house form is `English (tiếng Việt).`, e.g. `Passed (đạt).` or
// `Dissolved (giải thể) with no successor.`. A value whose description carries no
// Vietnamese takes its term from apps/organisation-service/src/labels/enum-terms.vi.json.

export interface Bilingual {
  en: string;
  vi: string;
}

export interface EnumValueLabel {
  value: string;
  label: Bilingual;
  description: Bilingual;
}

export interface EnumLabels {
  name: string;
  values: EnumValueLabel[];
}

/** Vietnamese terms by enum and value, for values whose description has none. */
export type VietnameseTerms = Readonly<Record<string, Readonly<Record<string, string>>>>;

const VIETNAMESE_LETTER = /[àáâãèéêìíòóôõùúýăđĩũơưạ-ỹ]/i;

interface Group {
  start: number;
  end: number;
  text: string;
}

/** The top-level parenthesised groups of a text (nested parentheses stay inside their group). */
function groupsOf(text: string): Group[] {
  const groups: Group[] = [];
  let depth = 0;
  let start = -1;
  for (let index = 0; index < text.length; index++) {
    if (text[index] === '(') {
      if (depth === 0) start = index;
      depth++;
    } else if (text[index] === ')' && depth > 0) {
      depth--;
      if (depth === 0) groups.push({ start, end: index + 1, text: text.slice(start + 1, index) });
    }
  }
  return groups;
}

const capitalised = (text: string): string => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);

const sentence = (text: string): string => (/[.!?]$/.test(text) ? text : `${text}.`);

const withoutEndPunctuation = (text: string): string => text.trim().replace(/[\s.,;:]+$/, '');

/**
 * One value's labels from its description. The Vietnamese is the last top-level group in
 * parentheses with a Vietnamese letter; the English label is what comes before it (or, with
 * no such group, the description's first clause). Null when no Vietnamese is found.
 */
export function labelFromDescription(description: string, term?: string): EnumValueLabel['label'] | null {
  const text = description.trim();
  const vietnamese = groupsOf(text).filter((group) => VIETNAMESE_LETTER.test(group.text)).at(-1);
  if (vietnamese) return { en: withoutEndPunctuation(text.slice(0, vietnamese.start)), vi: capitalised(term ?? vietnamese.text.trim()) };
  if (!term) return null;
  const plain = groupsOf(text).reduceRight((rest, group) => rest.slice(0, group.start).trimEnd() + rest.slice(group.end), text);
  return { en: withoutEndPunctuation(plain.split(/[;:]|\.(?:\s|$)/)[0]), vi: capitalised(term) };
}

export interface EnumLabelOutcome {
  enums: EnumLabels[];
  /** `Enum.VALUE` of every value with no Vietnamese label. */
  missing: string[];
  /** `Enum.VALUE` entries of the terms file that match no value of the supergraph (stale). */
  unused: string[];
}

/** Every enum of the supergraph but federation's own (`join__Graph`, `link__Purpose`), by name. */
export function enumLabelsOf(supergraphSdl: string, terms: VietnameseTerms): EnumLabelOutcome {
  const definitions = parse(supergraphSdl).definitions.filter(
    (definition): definition is EnumTypeDefinitionNode => definition.kind === Kind.ENUM_TYPE_DEFINITION && !definition.name.value.includes('__'),
  );
  const missing: string[] = [];
  const used = new Set<string>();
  const enums = definitions
    .map((definition) => ({
      name: definition.name.value,
      values: (definition.values ?? []).flatMap((value) => {
        const key = `${definition.name.value}.${value.name.value}`;
        const description = value.description?.value.trim() ?? '';
        const term = terms[definition.name.value]?.[value.name.value];
        if (term) used.add(key);
        const label = labelFromDescription(description || value.name.value, term);
        if (!label || !label.en) {
          missing.push(key);
          return [];
        }
        return [{ value: value.name.value, label, description: { en: description || sentence(label.en), vi: sentence(label.vi) } }];
      }),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const unused = Object.entries(terms)
    .flatMap(([name, values]) => Object.keys(values).map((value) => `${name}.${value}`))
    .filter((key) => !used.has(key));
  return { enums, missing, unused };
}
