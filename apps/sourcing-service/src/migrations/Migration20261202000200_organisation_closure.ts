import { closurePathsSql, closureTableStatements } from '@pdv/organisation-read-model';
import { Migration } from '@pdv/persistence';

/**
 * Brings this service's organisation read model (created before the shared library
 * existed) to the library's shape: adds the closure table, fills it from the tree as it
 * stands, and makes org_subtree() read it instead of walking parent_id per call.
 */
export class Migration20261202000200OrganisationClosure extends Migration {
  override up(): void {
    for (const statement of closureTableStatements()) this.addSql(statement);
    this.addSql(`${closurePathsSql('select id from org_read_model')};`);
  }
}
