import type { DossierDeadlineFacts } from '@pdv/admission-domain';
import { type EntityManager, pgArray } from '@pdv/persistence';

/** A dossier in progress with what its deadlines run from, under one of the organisations asked for. */
export interface DossierDeadlineRow extends DossierDeadlineFacts {
  organisationId: string | null;
  dossierId: string;
  candidateId: string;
  cellId: string;
}

// The facts of every dossier in progress, one row each, in one statement: the latest passed
// admission resolution and the latest recognition resolution by lateral joins, the decision,
// the ceremony, the member history and the two extensions by their keys.
const FACTS = `d.id as "dossierId", d.candidate_id as "candidateId", d.cell_id as "cellId", d.status,
    to_char(ar.meeting_date, 'YYYY-MM-DD') as "admissionResolvedOn", coalesce(xd.working_days, 0) as "decisionExtensionWorkingDays",
    to_char(dec.received_on, 'YYYY-MM-DD') as "decisionReceivedOn", to_char(c.ceremony_date, 'YYYY-MM-DD') as "ceremonyDate",
    to_char(mh.completed_on, 'YYYY-MM-DD') as "memberHistoryCompletedOn", to_char(c.probation_ends_on, 'YYYY-MM-DD') as "probationEndsOn",
    to_char(rr.meeting_date, 'YYYY-MM-DD') as "recognitionResolvedOn", coalesce(xr.working_days, 0) as "recognitionDecisionExtensionWorkingDays"`;
const JOINS = `left join lateral (select r.meeting_date from cell_resolution r where r.dossier_id = d.id and r.purpose = 'ADMISSION' and r.passed order by r.recorded_at desc, r.id limit 1) ar on true
    left join lateral (select r.meeting_date from cell_resolution r where r.dossier_id = d.id and r.purpose = 'RECOGNITION' order by r.recorded_at desc, r.id limit 1) rr on true
    left join admission_decision dec on dec.dossier_id = d.id
    left join admission_ceremony c on c.dossier_id = d.id
    left join admission_member_history mh on mh.dossier_id = d.id
    left join deadline_extension xd on xd.dossier_id = d.id and xd.kind = 'DECISION'
    left join deadline_extension xr on xr.dossier_id = d.id and xr.kind = 'RECOGNITION_DECISION'`;
const IN_PROGRESS = `d.status in ('CELL_RESOLVED', 'GRASSROOTS_RESOLVED', 'DECIDED', 'PROBATION')`;

/**
 * The dossiers in progress in each organisation's subtree (the read model's closure holds each
 * organisation as its own descendant), for a whole batch of organisations in one statement.
 */
export function deadlineFactsUnder(em: EntityManager, organisationIds: readonly string[]): Promise<DossierDeadlineRow[]> {
  if (organisationIds.length === 0) return Promise.resolve([]);
  return em.execute<DossierDeadlineRow[]>(
    `select t.ancestor_id as "organisationId", ${FACTS}
       from org_read_model_closure t
       join admission_dossier d on d.cell_id = t.descendant_id and ${IN_PROGRESS}
       ${JOINS}
      where t.ancestor_id = any(?::uuid[])`,
    [pgArray([...new Set(organisationIds)])],
  );
}

/** Every dossier in progress, wherever it is (the overdue sweep). */
export function allDeadlineFacts(em: EntityManager): Promise<DossierDeadlineRow[]> {
  return em.execute<DossierDeadlineRow[]>(`select null as "organisationId", ${FACTS} from admission_dossier d ${JOINS} where ${IN_PROGRESS}`);
}
