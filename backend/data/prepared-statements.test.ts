import { PREPARED_PER_CONNECTION, preparedStatements, readPreparedStatements } from './prepared-statements';

describe('prepared statement names', () => {
  it('names a statement with parameters by its text, the same on every connection', () => {
    const prepared = preparedStatements();
    const [a, b] = [{}, {}];
    const onA = prepared.queryFor(a, 'select * from people where id = $1', [1]);
    const onB = prepared.queryFor(b, 'select * from people where id = $1', [2]);
    expect(onA).toMatchObject({ text: 'select * from people where id = $1', values: [1] });
    expect(typeof onA === 'object' && typeof onB === 'object' && onA.name === onB.name).toBe(true);
    const other = prepared.queryFor(a, 'select * from people where id = $1 ', [1]);
    expect(typeof other === 'object' && typeof onA === 'object' && other.name !== onA.name).toBe(true);
  });

  it('never names a statement without parameters', () => {
    expect(preparedStatements().queryFor({}, 'begin', [])).toBe('begin');
  });

  it('keeps at most `limit` statements on one connection, and runs the texts beyond them unnamed', () => {
    const prepared = preparedStatements({ limit: 2 });
    const [a, b] = [{}, {}];
    const names = ['q1', 'q2', 'q3'].map((q) => prepared.queryFor(a, `select ${q} where x = $1`, [1]));
    expect(names.map((n) => typeof n)).toEqual(['object', 'object', 'string']);
    // The first two stay named on that connection; another connection has room of its own.
    expect(typeof prepared.queryFor(a, 'select q1 where x = $1', [2])).toBe('object');
    expect(typeof prepared.queryFor(b, 'select q3 where x = $1', [1])).toBe('object');
    expect(PREPARED_PER_CONNECTION).toBeGreaterThan(100);
  });

  it('reads DB_PREPARED_STATEMENTS: on unless 0 or false, and a typo stops the process', () => {
    expect(readPreparedStatements(undefined)).toBe(true);
    expect(readPreparedStatements('1')).toBe(true);
    expect(readPreparedStatements('0')).toBe(false);
    expect(readPreparedStatements('false')).toBe(false);
    expect(() => readPreparedStatements('off')).toThrow(/DB_PREPARED_STATEMENTS must be 1 or 0/);
  });
});
