import { Migration } from '@pdv/persistence';

/** A certificate training invalidated no longer counts from that day (training.certificate.invalidated). Never edited once committed. */
export class Migration20261203004000CertificateInvalidation extends Migration {
  override up(): void {
    this.addSql('alter table "certificate_facts" add column "invalidated_on" date null;');
  }
}
