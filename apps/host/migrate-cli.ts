// `npm run migrate [-- --database-url postgres://…] [--check]`: the one-time deployment step that brings a database's
// schema to this code's version. WeChat cloud functions never migrate (their database user needs no DDL rights);
// they refuse to serve until this has run. The host and `npm start` migrate at start and need it only for --check.
// Without --database-url it takes DATABASE_URL, else the host's SQLite file (DATA_DIR).
import { openDatabase } from '../../backend/data/database';
import { EXPECTED_SCHEMA, migrateToLatest, missingMigrations } from '../../backend/data/migrate';
import { readHostConfig } from './host-config';

export interface MigrateArgs {
  databaseUrl?: string;
  check: boolean;
}

export function parseMigrateArgs(argv: string[]): MigrateArgs {
  const args: MigrateArgs = { check: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--check') args.check = true;
    else if (arg === '--database-url') args.databaseUrl = argv[++i];
    else if (arg.startsWith('--database-url=')) args.databaseUrl = arg.slice('--database-url='.length);
    else
      throw new Error(
        `unknown argument ${arg}; usage: npm run migrate -- [--database-url postgres://user:pass@host/db] [--check]`,
      );
  }
  if (args.databaseUrl === '') throw new Error('--database-url needs a value');
  return args;
}

async function main(): Promise<number> {
  const args = parseMigrateArgs(process.argv.slice(2));
  const config = readHostConfig();
  // The deployment step may wait on a slow network; no statement limit, since a migration may rewrite a big table.
  const database = await openDatabase({
    url: args.databaseUrl ?? config.databaseUrl,
    dataDir: config.dataDir,
    poolSize: 1,
    applicationName: 'silver-pioneers-migrate',
    timeouts: { connectMs: 15_000 },
  });
  const say = (line: string) => process.stdout.write(`${line}\n`);
  try {
    const missing = await missingMigrations(database);
    if (args.check) {
      say(
        missing.length === 0
          ? `migrate: ${database.describe} is at ${EXPECTED_SCHEMA}`
          : `migrate: ${database.describe} lacks ${missing.join(', ')}`,
      );
      return missing.length === 0 ? 0 : 1;
    }
    const applied = await migrateToLatest(database);
    say(
      applied.length === 0
        ? `migrate: ${database.describe} was already at ${EXPECTED_SCHEMA}`
        : `migrate: applied ${applied.join(', ')} to ${database.describe}; now at ${EXPECTED_SCHEMA}`,
    );
    return 0;
  } finally {
    await database.close();
  }
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (err: unknown) => {
      process.stderr.write(`migrate failed: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exit(2);
    },
  );
}
