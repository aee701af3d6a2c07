import type { EntityManager } from '@pdv/persistence';
import type { AdmissionCeremonyRow, AdmissionDecisionRow, DeadlineExtensionRow } from './decision.entity';

export async function findDecision(em: EntityManager, dossierId: string): Promise<AdmissionDecisionRow | null> {
  const [row] = await em.execute<AdmissionDecisionRow[]>(
    `select dossier_id as "dossierId", decision_number as "decisionNumber", to_char(decision_date, 'YYYY-MM-DD') as "decisionDate",
        to_char(received_on, 'YYYY-MM-DD') as "receivedOn", working_days_after_resolution as "workingDaysAfterResolution", late,
        recorded_at as "recordedAt", recorded_by as "recordedBy", recorded_by_role as "recordedByRole"
       from admission_decision where dossier_id = ?::uuid`,
    [dossierId],
  );
  return row ?? null;
}

export async function findCeremony(em: EntityManager, dossierId: string): Promise<AdmissionCeremonyRow | null> {
  const [row] = await em.execute<AdmissionCeremonyRow[]>(
    `select dossier_id as "dossierId", to_char(decision_received_on, 'YYYY-MM-DD') as "decisionReceivedOn", to_char(ceremony_date, 'YYYY-MM-DD') as "ceremonyDate",
        to_char(superior_consent_date, 'YYYY-MM-DD') as "superiorConsentDate", superior_consent_reference as "superiorConsentReference",
        mentor_member_id as "mentorMemberId", to_char(probation_ends_on, 'YYYY-MM-DD') as "probationEndsOn",
        recorded_at as "recordedAt", recorded_by as "recordedBy", recorded_by_role as "recordedByRole"
       from admission_ceremony where dossier_id = ?::uuid`,
    [dossierId],
  );
  return row ?? null;
}

/** The working days the one extension of that deadline added; 0 when it was not extended. */
export async function extensionWorkingDays(em: EntityManager, dossierId: string, kind: DeadlineExtensionRow['kind']): Promise<number> {
  const [row] = await em.execute<{ workingDays: number }[]>('select working_days as "workingDays" from deadline_extension where dossier_id = ?::uuid and kind = ?', [dossierId, kind]);
  return row?.workingDays ?? 0;
}
