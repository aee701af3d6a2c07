import type { Identity } from '@pdv/auth';
import type { Actor } from '@pdv/contracts';
import type { EventRecorder } from '@pdv/messaging';
import type { Logger } from '@pdv/observability';
import type { EntityManager } from '@pdv/persistence';
import { auditActorOf, PersonalDataAuditTrail, PersonalDataReader } from '@pdv/personal-data';
import type { Clock } from '@pdv/service-kit';
import { newId } from './common/ids';
import type { ServiceScope } from './common/service-scope';
import { TargetExemptionService } from './exemption/target-exemption.service';
import { createLoaders, type OrganisationLoaders } from './loaders';
import { MemberMovementService } from './member/member-movement.service';
import { PartyMemberReadService } from './member/party-member-read.service';
import { PartyMemberService } from './member/party-member.service';
import { OrganisationReadService } from './organisation/organisation-read.service';
import { OrganisationTreeService } from './organisation/organisation.service';
import { OrganisationScopes } from './organisation/organisation.scopes';
import { OrganisationPolicyService } from './policy/organisation-policy.service';
import { SupervisionService } from './supervision/supervision.service';

/** The service classes of one request, sharing its unit of work, caller and loaders. */
export interface OrganisationServices {
  tree: OrganisationTreeService;
  organisations: OrganisationReadService;
  members: PartyMemberService;
  memberReads: PartyMemberReadService;
  movements: MemberMovementService;
  exemptions: TargetExemptionService;
  supervision: SupervisionService;
  policy: OrganisationPolicyService;
}

export interface RequestParts {
  em: EntityManager;
  identity: Identity | null;
  requestId: string;
  logger: Logger;
  events: EventRecorder;
  clock: Clock;
}

export interface RequestScope {
  actor: Actor;
  scopes: OrganisationScopes;
  loaders: OrganisationLoaders;
  services: OrganisationServices;
  personalData: PersonalDataReader;
}

/** The caller as events and history record them: an opaque id and a role, never a name. */
export function actorOf(identity: Identity | null): Actor {
  return identity ? { kind: 'USER', id: identity.userId, role: identity.role } : { kind: 'SYSTEM', id: 'anonymous', role: null };
}

/** Builds what one request needs; called from the server's context factory. */
export function createRequestScope(parts: RequestParts): RequestScope {
  const actor = actorOf(parts.identity);
  const scopes = new OrganisationScopes(parts.em, parts.clock);
  const loaders = createLoaders(parts.em);
  const scope: ServiceScope = {
    em: parts.em,
    identity: parts.identity,
    actor,
    clock: parts.clock,
    events: parts.events,
    scopes,
    logger: parts.logger,
  };
  return {
    actor,
    scopes,
    loaders,
    personalData: new PersonalDataReader(parts.identity, new PersonalDataAuditTrail(parts.em, auditActorOf(parts), parts.clock, newId), scopes),
    services: {
      tree: new OrganisationTreeService(scope),
      organisations: new OrganisationReadService(parts.em),
      members: new PartyMemberService(scope),
      memberReads: new PartyMemberReadService(scope, loaders),
      movements: new MemberMovementService(scope),
      exemptions: new TargetExemptionService(scope),
      supervision: new SupervisionService(scope),
      policy: new OrganisationPolicyService(scope),
    },
  };
}
