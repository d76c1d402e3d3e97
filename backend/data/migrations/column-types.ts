// The few column definitions that differ between SQLite and PostgreSQL, so a migration reads the same on both.
import type { ColumnDefinitionBuilder, CreateTableBuilder } from 'kysely';
import type { Engine } from '../database';

/** Adds an auto-increment integer primary key named `id`. */
export function withId<T extends string>(table: CreateTableBuilder<T, never>, engine: Engine) {
  return engine === 'postgres'
    ? table.addColumn('id', 'serial', (c: ColumnDefinitionBuilder) => c.primaryKey())
    : table.addColumn('id', 'integer', (c: ColumnDefinitionBuilder) => c.primaryKey().autoIncrement());
}

/** A double-precision number (SQLite's REAL is already 8 bytes; PostgreSQL's "real" is only 4). */
export function floatType(engine: Engine): 'double precision' | 'real' {
  return engine === 'postgres' ? 'double precision' : 'real';
}
