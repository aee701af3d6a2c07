import { Arg, Query, Resolver } from 'type-graphql';
import { ROLES } from '@pdv/auth';
import { AppError } from '@pdv/errors';
import { Allow } from '@pdv/graphql';
import { type LabelCatalogue, type Locale, textIn } from './label-catalogue';
import { LABEL_CATALOGUE } from './labels.generated';
import { EnumValueLabel, Labels, LocaleEnum, RuleLabel } from './labels.type';

const MAX_ENUMS_ASKED = 100;

/** The labels in one language, optionally only some enums; unknown enum names are bad input. */
export function labelsIn(catalogue: LabelCatalogue, locale: Locale, enumNames: readonly string[] | null): Labels {
  const known = new Set(catalogue.enums.map((entry) => entry.name));
  const unknown = (enumNames ?? []).filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw AppError.badInput(
      'Some enums asked for are not in the API.',
      unknown.map((name) => ({ field: 'enums', message: `${name} is not an enum of the API` })),
    );
  }
  const wanted = enumNames ? new Set(enumNames) : null;
  return Object.assign(new Labels(), {
    locale,
    enumValues: catalogue.enums
      .filter((entry) => !wanted || wanted.has(entry.name))
      .flatMap((entry) =>
        entry.values.map((value) =>
          Object.assign(new EnumValueLabel(), { enum: entry.name, value: value.value, label: textIn(locale, value.label), description: textIn(locale, value.description) }),
        ),
      ),
    rules: catalogue.rules.map((rule) => Object.assign(new RuleLabel(), { id: rule.id, statement: textIn(locale, rule.statement), remedy: textIn(locale, rule.remedy) })),
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
    @Arg('enums', () => [String], { nullable: true, description: `Only these enums (at most ${MAX_ENUMS_ASKED}), e.g. ["CandidateStatus"]; all when absent.` }) enums?: string[] | null,
  ): Labels {
    if (enums && enums.length > MAX_ENUMS_ASKED) throw AppError.badInput(`Ask for at most ${MAX_ENUMS_ASKED} enums.`, [{ field: 'enums', message: `must list at most ${MAX_ENUMS_ASKED}` }]);
    return labelsIn(LABEL_CATALOGUE, locale, enums ?? null);
  }
}
