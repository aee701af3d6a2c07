import { closurePathsSql, closureTableStatements, planTermTableStatements } from '@pdv/organisation-read-model';
import { Migration } from '@pdv/persistence';

/**
 * Brings this service's organisation read model (created before the shared library
 * existed) to the library's shape: adds the closure table, fills it from the tree as it
 * stands, and makes org_subtree() read it instead of walking parent_id per call. The plan
 * term becomes the organisation service's: this service's own copy moves into the plan-term
 * read model as the value until the first announcement (older than any event, so the
 * organisation service's value wins), and leaves the settings.
 */
export class Migration20261202000200OrganisationReadModel extends Migration {
  override up(): void {
    for (const statement of [...closureTableStatements(), ...planTermTableStatements()]) this.addSql(statement);
    this.addSql(`${closurePathsSql('select id from org_read_model')};`);
    this.addSql(`insert into plan_term_read_model (id, first_year, last_year, last_event_at, updated_at)
      select 1,
             coalesce((select (value #>> '{}')::int from sourcing_policy_setting where key = 'planFirstYear'), 2025),
             coalesce((select (value #>> '{}')::int from sourcing_policy_setting where key = 'planLastYear'), 2030),
             '-infinity', now()
       where exists (select 1 from sourcing_policy_setting where key in ('planFirstYear', 'planLastYear'));`);
    this.addSql(`delete from sourcing_policy_setting where key in ('planFirstYear', 'planLastYear');`);
  }
}
