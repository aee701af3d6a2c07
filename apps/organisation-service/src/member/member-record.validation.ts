import { AppError } from '@pdv/errors';
import { checkMemberRecord, type PartyMemberRecord, validateMemberRecord } from '@pdv/organisation-domain';

/**
 * The domain's record check, split the way the API reports it: malformed values are
 * BAD_USER_INPUT listing every one of them; otherwise a broken Charter rule is a
 * RULE_VIOLATION naming the (first) rule, with every broken rule in the message. Messages
 * come from the domain and never contain the values.
 */
export function assertValidMemberRecord(record: PartyMemberRecord, today: string): PartyMemberRecord {
  const problems = checkMemberRecord(record, today);
  const malformed = problems.filter((problem) => problem.rule === null);
  if (malformed.length > 0) {
    throw AppError.badInput(
      `The member record is not valid. ${malformed.map((p) => `input.${p.field}: ${p.message}`).join('; ')}`,
      malformed.map((p) => ({ field: `input.${p.field}`, message: p.message })),
    );
  }
  const broken = problems.filter((problem) => problem.rule !== null);
  if (broken.length > 0) {
    throw new AppError('RULE_VIOLATION', broken.map((p) => p.message).join(' '), {
      rule: broken[0].rule as string,
      details: { rules: [...new Set(broken.map((p) => p.rule))].join(','), fields: broken.map((p) => p.field).join(',') },
    });
  }
  return validateMemberRecord(record, today);
}
