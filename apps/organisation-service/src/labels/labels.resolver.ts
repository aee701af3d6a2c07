import { Arg, Query, Resolver } from 'type-graphql';
import { ROLES } from '@pdv/auth';
import { AppError } from '@pdv/errors';
import { Allow } from '@pdv/graphql';
import { type LabelCatalogue, type Locale, textIn } from './label-catalogue';
import { LABEL_CATALOGUE } from './labels.generated';
import { EnumValueLabel, Labels, LocaleEnum, RuleLabel } from './labels.type';

const MAX_NAMES_ASKED = 200;

export interface LabelSelection {
  /** Only these enums (null: all). */
  enums: readonly string[] | null;
  /** Only these rule ids (null: all). */
  rules: readonly string[] | null;
}

/** The names asked for that the catalogue does not have, as input problems of `field`. */
function unknownNames(field: string, asked: readonly string[] | null, known: readonly string[], what: string) {
  const have = new Set(known);
  return (asked ?? []).filter((name) => !have.has(name)).map((name) => ({ field, message: `${name} is not ${what} of the API` }));
}

/** The labels in one language, optionally only some enums and rules; unknown names are bad input. */
export function labelsIn(catalogue: LabelCatalogue, locale: Locale, selection: LabelSelection): Labels {
  const problems = [
    ...unknownNames('enums', selection.enums, catalogue.enums.map((entry) => entry.name), 'an enum'),
    ...unknownNames('rules', selection.rules, catalogue.rules.map((rule) => rule.id), 'a rule id'),
  ];
  if (problems.length > 0) throw AppError.badInput('Some enums or rules asked for are not in the API.', problems);
  const enums = selection.enums ? new Set(selection.enums) : null;
  const rules = selection.rules ? new Set(selection.rules) : null;
  return Object.assign(new Labels(), {
    locale,
    enumValues: catalogue.enums
      .filter((entry) => !enums || enums.has(entry.name))
      .flatMap((entry) =>
        entry.values.map((value) =>
          Object.assign(new EnumValueLabel(), { enum: entry.name, value: value.value, label: textIn(locale, value.label), description: textIn(locale, value.description) }),
        ),
      ),
    rules: catalogue.rules
      .filter((rule) => !rules || rules.has(rule.id))
      .map((rule) => Object.assign(new RuleLabel(), { id: rule.id, statement: textIn(locale, rule.statement), remedy: textIn(locale, rule.remedy) })),
  });
}

@Resolver(() => Labels)
export class LabelsResolver {
  // Reference data with no personal data: every signed-in role gets it, so each front end
  // shows the same words for a value or a rule instead of translating on its own.
  @Query(() => Labels, { description: 'How to show every enum value and rule of the API to a person, in English or Vietnamese.' })
  @Allow(ROLES)
  labels(
    @Arg('locale', () => LocaleEnum, { description: 'The language.' }) locale: Locale,
    @Arg('enums', () => [String], { nullable: true, description: `Only these enums (at most ${MAX_NAMES_ASKED}), e.g. ["CandidateStatus"]; all when absent.` }) enums?: string[] | null,
    @Arg('rules', () => [String], { nullable: true, description: `Only these rule ids (at most ${MAX_NAMES_ASKED}), e.g. ["ADMISSION.CERTIFICATE_VALID"]; all when absent.` }) rules?: string[] | null,
  ): Labels {
    const problems = Object.entries({ enums, rules })
      .filter(([, names]) => names && names.length > MAX_NAMES_ASKED)
      .map(([field]) => ({ field, message: `must list at most ${MAX_NAMES_ASKED}` }));
    if (problems.length > 0) throw AppError.badInput(`Ask for at most ${MAX_NAMES_ASKED} names.`, problems);
    return labelsIn(LABEL_CATALOGUE, locale, { enums: enums ?? null, rules: rules ?? null });
  }
}
