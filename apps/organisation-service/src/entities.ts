import { InboxEventEntity, OutboxEventEntity } from '@pdv/messaging';
import type { EntitySchema } from '@pdv/persistence';
import { PersonalDataAuditEntity } from '@pdv/personal-data';
import { TargetExemptionEntity } from './exemption/target-exemption.entity';
import { MemberCorrectionEntity } from './member/member-correction.entity';
import { MemberCountStepEntity } from './member/member-count-step.entity';
import { MemberMovementEntity } from './member/member-movement.entity';
import { MemberPlacementEntity } from './member/member-placement.entity';
import { PartyMemberEntity } from './member/party-member.entity';
import { OrganisationClosureEntity } from './organisation/organisation-closure.entity';
import { OrganisationEntity, OrganisationVersionEntity } from './organisation/organisation.entity';
import { OrganisationPolicyEntity } from './policy/organisation-policy.entity';
import { SupervisionAssignmentEntity } from './supervision/supervision.entity';

/** Every table this service maps; the migrations create exactly these (checked by a test). */
export const entities: EntitySchema[] = [
  OutboxEventEntity,
  InboxEventEntity,
  OrganisationEntity,
  OrganisationVersionEntity,
  OrganisationClosureEntity,
  TargetExemptionEntity,
  PartyMemberEntity,
  MemberMovementEntity,
  MemberPlacementEntity,
  MemberCountStepEntity,
  MemberCorrectionEntity,
  SupervisionAssignmentEntity,
  PersonalDataAuditEntity,
  OrganisationPolicyEntity,
] as EntitySchema[];
