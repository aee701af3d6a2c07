import { registerEnumType } from 'type-graphql';
import {
  CANDIDATE_STATUS_LABELS,
  CANDIDATE_STATUSES,
  DECLINE_REASON_LABELS,
  DECLINE_REASONS,
  EDUCATION_LEVEL_LABELS,
  EDUCATION_LEVELS,
  GENDERS,
  type Label,
  MASS_ORGANISATION_KIND_LABELS,
  MASS_ORGANISATION_KINDS,
  REFERRAL_STATUSES,
  SOURCE_CATEGORIES,
  SOURCE_CATEGORY_LABELS,
  WITHDRAWAL_REASON_LABELS,
  WITHDRAWAL_REASONS,
} from '@pdv/sourcing-domain';
import { POSSIBLE_DUPLICATE_STATUSES } from '../duplicate/possible-duplicate.entity';
import { IMPORT_FORMATS, IMPORT_MODES, IMPORT_ROW_STATUSES } from '../import/referral-import.entity';

// GraphQL enums mirror the domain's closed sets one to one, so a value means the same in
// the database, the events and the API. Labels come from the domain (English, then the
// Vietnamese term the ward uses) so the schema documents itself in both languages.

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;

function describe<T extends string>(labels: Readonly<Record<T, Label>>): Record<T, { description: string }> {
  return Object.fromEntries(
    Object.entries<Label>(labels).map(([value, label]) => [value, { description: `${label.en} (${label.vi}).` }]),
  ) as Record<T, { description: string }>;
}

export const MassOrganisationKindEnum = enumOf(MASS_ORGANISATION_KINDS);
registerEnumType(MassOrganisationKindEnum, {
  name: 'MassOrganisationKind',
  description: 'Which socio-political organisation a mass organisation unit belongs to.',
  valuesConfig: describe(MASS_ORGANISATION_KIND_LABELS),
});

export const SourceCategoryEnum = enumOf(SOURCE_CATEGORIES);
registerEnumType(SourceCategoryEnum, {
  name: 'SourceCategory',
  description: "Where a referred person comes from (the plan's source categories, đối tượng).",
  valuesConfig: describe(SOURCE_CATEGORY_LABELS),
});

export const GenderEnum = enumOf(GENDERS);
// Worded as the organisation service words its Gender enum: one enum in the supergraph.
registerEnumType(GenderEnum, {
  name: 'Gender',
  description: 'Gender as recorded on the citizen ID card.',
  valuesConfig: { MALE: { description: 'Male.' }, FEMALE: { description: 'Female.' } },
});

export const EducationLevelEnum = enumOf(EDUCATION_LEVELS);
registerEnumType(EducationLevelEnum, {
  name: 'EducationLevel',
  description: 'Highest level of education completed.',
  valuesConfig: describe(EDUCATION_LEVEL_LABELS),
});

export const CandidateStatusEnum = enumOf(CANDIDATE_STATUSES);
registerEnumType(CandidateStatusEnum, {
  name: 'CandidateStatus',
  description: 'Where a candidate is in the pipeline: referral, source pool, training, admission.',
  valuesConfig: describe(CANDIDATE_STATUS_LABELS),
});

export const ReferralStatusEnum = enumOf(REFERRAL_STATUSES);
registerEnumType(ReferralStatusEnum, {
  name: 'ReferralStatus',
  description: "A referral's state: waiting for the cell, accepted, or declined.",
  valuesConfig: {
    SUBMITTED: { description: 'Submitted by the mass organisation; the cell has not decided yet.' },
    ACCEPTED: { description: 'The cell accepted the person into its source pool.' },
    DECLINED: { description: 'The cell declined this referral (see declineReason).' },
  },
});

export const DeclineReasonEnum = enumOf(DECLINE_REASONS);
registerEnumType(DeclineReasonEnum, {
  name: 'DeclineReason',
  description: 'Why a cell declined a referral.',
  valuesConfig: describe(DECLINE_REASON_LABELS),
});

export const WithdrawalReasonEnum = enumOf(WITHDRAWAL_REASONS);
registerEnumType(WithdrawalReasonEnum, {
  name: 'WithdrawalReason',
  description: 'Why a candidate left the pipeline before admission.',
  valuesConfig: describe(WITHDRAWAL_REASON_LABELS),
});

export const PossibleDuplicateStatusEnum = enumOf(POSSIBLE_DUPLICATE_STATUSES);
registerEnumType(PossibleDuplicateStatusEnum, {
  name: 'PossibleDuplicateStatus',
  description: 'Whether a person has looked at a flagged pair of candidate records.',
  valuesConfig: {
    OPEN: { description: 'Flagged; nobody has decided yet.' },
    LINKED: { description: 'A person confirmed both records are the same person; one was kept.' },
    DISMISSED: { description: 'A person confirmed they are different people.' },
  },
});

export const ImportFormatEnum = enumOf(IMPORT_FORMATS);
registerEnumType(ImportFormatEnum, {
  name: 'ImportFormat',
  description: 'Spreadsheet file format.',
  valuesConfig: {
    XLSX: { description: 'Excel workbook (.xlsx); the first worksheet is read.' },
    CSV: { description: 'Comma-separated values, UTF-8 (a byte-order mark is accepted), first line is the header.' },
  },
});

export const ImportModeEnum = enumOf(IMPORT_MODES);
registerEnumType(ImportModeEnum, {
  name: 'ImportMode',
  description: 'What to do when some rows have errors.',
  valuesConfig: {
    ALL_OR_NOTHING: { description: 'Write nothing if any row has an error; fix the file and upload it again.' },
    VALID_ROWS_ONLY: { description: 'Write the valid rows and report the others.' },
  },
});

export const ImportRowStatusEnum = enumOf(IMPORT_ROW_STATUSES);
registerEnumType(ImportRowStatusEnum, {
  name: 'ImportRowStatus',
  description: 'What happened to one row of an imported spreadsheet.',
  valuesConfig: {
    IMPORTED: { description: 'A new candidate and referral were recorded.' },
    DUPLICATE: {
      description:
        'The person (same national ID number, and the same name, date of birth and gender as the record held) is already a candidate or already appears earlier in the file; see the row’s problems for what was done. A row whose ID number is held for a person with another name, date of birth or gender is an ERROR instead.',
    },
    ERROR: { description: 'The row has problems (listed) and was not written.' },
    SKIPPED: { description: 'The row was valid but not written, because ALL_OR_NOTHING found errors elsewhere.' },
  },
});
