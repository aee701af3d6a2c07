import { Migration } from '@pdv/persistence';

/** The generator's example register is gone now that targets and progress are in (tools/ADDING-A-SERVICE.md, step 7). */
export class Migration20261202000300DropEvaluationItem extends Migration {
  override up(): void {
    this.addSql('drop table "evaluation_item";');
  }
}
