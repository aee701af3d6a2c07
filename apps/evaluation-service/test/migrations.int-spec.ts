import { messagingMigration } from '@pdv/messaging';
import { describeMigrations } from '@pdv/testing';
import { evaluationUnderTest } from './support/harness';

describeMigrations(evaluationUnderTest, messagingMigration.name);
