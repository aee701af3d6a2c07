import type { DossierDocumentKind, DossierStatus, VerificationSubject } from '@pdv/admission-domain';
import type { DossierWithDocuments } from './dossier.service';
import type { IntroductionKind } from './dossier.enums.type';
import { AdmissionDossier, BackgroundVerification, DossierDocument, Introducer } from './dossier.type';

/** The stored rows as the API shows them (the API never exposes the tables themselves). */
export function toAdmissionDossier({ dossier, documents, introductions, personalHistoryRecorded, verifications }: DossierWithDocuments): AdmissionDossier {
  return Object.assign(new AdmissionDossier(), {
    id: dossier.id,
    candidateId: dossier.candidateId,
    cellId: dossier.cellId,
    status: dossier.status as DossierStatus,
    openedOn: dossier.openedOn,
    closedOn: dossier.closedOn,
    closeReason: dossier.closeReason,
    personalHistoryRecorded,
    verifications: verifications.map((row) =>
      Object.assign(new BackgroundVerification(), {
        id: row.id,
        subject: row.subject as VerificationSubject,
        exemptAsFullyDeclaredMember: row.exemptAsFullyDeclaredMember,
        concluded: row.result !== null,
      }),
    ),
    documents: documents.map((row) =>
      Object.assign(new DossierDocument(), {
        id: row.id,
        kind: row.kind as DossierDocumentKind,
        date: row.documentDate,
        fileReference: row.fileReference,
        status: 'RECORDED' as const,
        recordedAt: row.recordedAt,
        recordedBy: row.recordedBy,
        recordedByRole: row.recordedByRole,
      }),
    ),
    introductions: introductions.map((row) =>
      Object.assign(new Introducer(), {
        id: row.id,
        kind: row.kind as IntroductionKind,
        memberId: row.memberId,
        togetherFrom: row.togetherFrom,
        togetherUntil: row.togetherUntil,
        replacementNamedByCell: row.replacementNamedByCell,
        resolutionDate: row.resolutionDate,
        recordedBy: row.recordedBy,
      }),
    ),
  });
}
