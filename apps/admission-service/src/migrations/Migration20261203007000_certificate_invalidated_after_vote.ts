import { Migration } from '@pdv/persistence';

/** An awareness certificate invalidated after a passed vote counted it, kept against the dossier. Never edited once committed. */
export class Migration20261203007000CertificateInvalidatedAfterVote extends Migration {
  override up(): void {
    this.addSql(`create table "certificate_invalidated_after_vote" ("dossier_id" uuid not null, "certificate_id" uuid not null, "resolution_id" uuid not null, "meeting_date" date not null, "invalidated_on" date not null, "recorded_at" timestamptz not null, constraint "certificate_invalidated_after_vote_pkey" primary key ("dossier_id", "certificate_id"));`);
  }
}
