import { messagingMigration } from '@pdv/messaging';
import { describeMigrations } from '@pdv/testing';
import { admissionUnderTest } from './support/harness';

describeMigrations(admissionUnderTest, messagingMigration.name);
