import { InboxEventEntity } from './inbox/inbox-event.entity';
import { OutboxEventEntity } from './outbox/outbox-event.entity';

/** Add to each service's entity list, next to messagingMigration first in its migrations. */
export const messagingEntities = [OutboxEventEntity, InboxEventEntity];
