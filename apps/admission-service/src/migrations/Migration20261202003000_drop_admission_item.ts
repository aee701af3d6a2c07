import { Migration } from '@pdv/persistence';

/** The generated example register gave way to the dossier: its table goes. Never edited once committed. */
export class Migration20261202003000DropAdmissionItem extends Migration {
  override up(): void {
    this.addSql('drop table "admission_item";');
  }
}
