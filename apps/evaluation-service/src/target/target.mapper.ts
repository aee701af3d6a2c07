import { type Target as DomainTarget, TARGET_KIND_DEFINITIONS } from '@pdv/evaluation-domain';
import type { Target } from './target.type';

export function toTarget(t: DomainTarget): Target {
  const definition = TARGET_KIND_DEFINITIONS[t.kind];
  return {
    kind: t.kind,
    year: t.year,
    massOrganisationId: t.subjectId,
    minimum: t.minimum,
    upper: t.upper,
    appliesTo: [...t.appliesTo],
    rule: definition.rule,
    unit: definition.unit,
  };
}
