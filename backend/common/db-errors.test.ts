import { isUniqueViolation } from './db-errors';

describe('isUniqueViolation', () => {
  it('knows a duplicate key on PostgreSQL', () => {
    expect(isUniqueViolation({ code: '23505', message: 'duplicate key value violates unique constraint "x"' })).toBe(
      true,
    );
  });

  it('knows a duplicate key on SQLite, by code or by message', () => {
    expect(isUniqueViolation({ code: 'SQLITE_CONSTRAINT_UNIQUE' })).toBe(true);
    expect(isUniqueViolation({ code: 'SQLITE_CONSTRAINT_PRIMARYKEY' })).toBe(true);
    expect(isUniqueViolation(new Error('UNIQUE constraint failed: enrolments.event_id, enrolments.person_id'))).toBe(
      true,
    );
  });

  it('leaves every other failure alone', () => {
    expect(isUniqueViolation({ code: '23503' })).toBe(false);
    expect(isUniqueViolation({ code: 'SQLITE_CONSTRAINT_FOREIGNKEY', message: 'FOREIGN KEY constraint failed' })).toBe(
      false,
    );
    expect(isUniqueViolation(new Error('connection refused'))).toBe(false);
    expect(isUniqueViolation(null)).toBe(false);
    expect(isUniqueViolation('23505')).toBe(false);
  });
});
