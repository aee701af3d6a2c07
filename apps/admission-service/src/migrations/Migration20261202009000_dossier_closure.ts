import { Migration } from '@pdv/persistence';

/** A dossier closed without admission keeps when and why (rejection, withdrawal). Never edited once committed. */
export class Migration20261202009000DossierClosure extends Migration {
  override up(): void {
    this.addSql('alter table "admission_dossier" add column "closed_on" date null, add column "close_reason" text null;');
  }
}
