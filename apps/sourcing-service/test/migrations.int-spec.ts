import { messagingMigration } from '@pdv/messaging';
import { describeMigrations } from '@pdv/testing';
import { sourcingUnderTest } from './support/harness';

describeMigrations(sourcingUnderTest, messagingMigration.name, (orm) => {
  it('refuses to change the stage history and the audit trail', async () => {
    const em = orm().em.fork();
    await em.execute(
      `insert into personal_data_audit (id, occurred_at, actor_id, actor_role, action, subject_type, subject_id, field)
       values (gen_random_uuid(), now(), 'u1', 'PARTY_BUILDING_BOARD', 'READ', 'Candidate', gen_random_uuid(), 'nationalId')`,
    );
    await expect(em.execute(`update personal_data_audit set actor_id = 'someone else'`)).rejects.toThrow(/append-only/);
    await expect(em.execute('delete from personal_data_audit')).rejects.toThrow(/append-only/);
    await em.execute(
      `insert into candidate_stage (id, candidate_id, from_status, to_status, event, reason, actor_id, at)
       values (gen_random_uuid(), gen_random_uuid(), null, 'REFERRED', 'REFERRED', 'REFERRED', 'u1', now())`,
    );
    await expect(em.execute(`update candidate_stage set to_status = 'ADMITTED'`)).rejects.toThrow(/append-only/);
    await expect(em.execute('delete from candidate_stage')).rejects.toThrow(/append-only/);
  });
});
