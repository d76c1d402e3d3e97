import { batchedStdout, createLogger, type LogLevel } from './logger';

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe('log lines', () => {
  it('writes nothing below the level, and a child’s fields (and its parent’s) in every line it writes', () => {
    const lines: string[] = [];
    const log = createLogger('info', { app: 'host' }, (line) => lines.push(line));
    const call = log.child({ traceId: 't1' }).child({ fn: 'account' });
    call.debug('hidden');
    call.info('call', { ok: true });
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0])).toMatchObject({
      level: 'info',
      msg: 'call',
      app: 'host',
      traceId: 't1',
      fn: 'account',
      ok: true,
    });
  });

  it('gathers info lines into one write after the burst, and writes a warning or an error at once, after them', async () => {
    const writes: string[] = [];
    const write = batchedStdout({ write: (text: string) => writes.push(text) });
    const log = createLogger('debug', {}, write);
    log.info('a');
    log.debug('b');
    expect(writes).toEqual([]);
    await nextTurn();
    expect(writes).toHaveLength(1);
    expect(writes[0].split('\n').map((l) => (l ? (JSON.parse(l) as { msg: string }).msg : ''))).toEqual(['a', 'b', '']);

    log.info('c');
    log.error('broke');
    // The error is written at once, with the line gathered before it, in order.
    expect(writes).toHaveLength(2);
    expect(
      writes[1]
        .trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as { msg: string; level: LogLevel }).msg),
    ).toEqual(['c', 'broke']);
    await nextTurn();
    expect(writes).toHaveLength(2);
  });
});
