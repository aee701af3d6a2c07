import { messagingMigration } from '@pdv/messaging';
import { describeMigrations } from '@pdv/testing';
import { organisationUnderTest } from './support/harness';

describeMigrations(organisationUnderTest, messagingMigration.name, (orm) => {
  it('seed the ward policy with the plan’s defaults', async () => {
    const rows = await orm().em.fork().execute('select max_future_days, plan_first_year, plan_last_year, min_official_members_to_vote from organisation_policy');
    expect(rows).toEqual([{ max_future_days: 0, plan_first_year: 2025, plan_last_year: 2030, min_official_members_to_vote: 3 }]);
  });
});
