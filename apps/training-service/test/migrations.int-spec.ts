import { messagingMigration } from '@pdv/messaging';
import { describeMigrations } from '@pdv/testing';
import { trainingUnderTest } from './support/harness';

describeMigrations(trainingUnderTest, messagingMigration.name);
