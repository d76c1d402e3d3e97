// Structured logs: one JSON object per line on stdout, always with the trace id when there is one.
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
  child(fields: Record<string, unknown>): Logger;
}

/** Where a line goes; `level` lets a writer that holds lines back send warnings and errors at once. */
export type LogWrite = (line: string, level: LogLevel) => void;

const writeStdout: LogWrite = (line) => process.stdout.write(line + '\n');

export function createLogger(
  level: LogLevel = 'info',
  base: Record<string, unknown> = {},
  write: LogWrite = writeStdout,
): Logger {
  return new JsonLogger(RANK[level], base, undefined, write);
}

/**
 * A child is made for every call (its trace id), so it only remembers its fields: they are merged into a line
 * when one is written, and a call whose lines are all below the level merges nothing.
 */
class JsonLogger implements Logger {
  constructor(
    private readonly min: number,
    private readonly base: Record<string, unknown>,
    private readonly own: Record<string, unknown> | undefined,
    private readonly write: LogWrite,
  ) {}

  debug(msg: string, fields?: Record<string, unknown>): void {
    this.emit('debug', msg, fields);
  }
  info(msg: string, fields?: Record<string, unknown>): void {
    this.emit('info', msg, fields);
  }
  warn(msg: string, fields?: Record<string, unknown>): void {
    this.emit('warn', msg, fields);
  }
  error(msg: string, fields?: Record<string, unknown>): void {
    this.emit('error', msg, fields);
  }
  child(fields: Record<string, unknown>): Logger {
    return new JsonLogger(this.min, this.own ? { ...this.base, ...this.own } : this.base, fields, this.write);
  }

  private emit(lvl: LogLevel, msg: string, fields?: Record<string, unknown>): void {
    if (RANK[lvl] < this.min) return;
    this.write(
      JSON.stringify({ time: new Date().toISOString(), level: lvl, msg, ...this.base, ...this.own, ...fields }),
      lvl,
    );
  }
}

const flushesAtExit = new Set<() => void>();

/**
 * stdout for a long-running host: info and debug lines are gathered and written together once the current burst
 * of work is done (one write for many calls instead of one each); a warning or an error is written at once, after
 * the lines gathered before it, and whatever is gathered is written when the process exits.
 * Not for a WeChat cloud function, which may be frozen as soon as it answers.
 */
export function batchedStdout(out: { write(text: string): unknown } = process.stdout): LogWrite {
  if (flushesAtExit.size === 0) process.once('exit', () => flushesAtExit.forEach((f) => f()));
  let gathered: string[] = [];
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    if (gathered.length === 0) return;
    const text = gathered.join('\n') + '\n';
    gathered = [];
    out.write(text);
  };
  flushesAtExit.add(flush);
  return (line, level) => {
    gathered.push(line);
    if (RANK[level] >= RANK.warn) return flush();
    if (!scheduled) {
      scheduled = true;
      setImmediate(flush);
    }
  };
}

export function parseLogLevel(value: string | undefined): LogLevel {
  return value === 'debug' || value === 'warn' || value === 'error' ? value : 'info';
}
