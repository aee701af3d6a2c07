import { ROLE_GROUPS, type Role } from '@pdv/auth';

/**
 * Who may do what, in one place (resolvers name these, never roles one by one). The items
 * are ward-wide: the ward's readers read them, its editors register them.
 */
export const ITEM_READERS: readonly Role[] = ROLE_GROUPS.wardReaders;
export const ITEM_EDITORS: readonly Role[] = ROLE_GROUPS.wardEditors;
