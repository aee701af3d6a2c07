import { Migration } from '@pdv/persistence';

/** Candidates' places in awareness courses, from the TRAINING stream (see training-place.entity.ts). */
export class Migration20261202000300TrainingPlaces extends Migration {
  override up(): void {
    this.addSql(`create table "candidate_training_place" (
      "enrolment_id" uuid not null primary key,
      "candidate_id" uuid not null,
      "nominated_at" timestamptz null,
      "ended_at" timestamptz null);`);
    this.addSql('create index "candidate_training_place_candidate_idx" on "candidate_training_place" ("candidate_id");');
  }
}
