// `npm run seed [-- --reset]`: (re)builds the demo city in the configured database.
import { readHostConfig } from './host-config';
import { diskFileStore } from '../../backend/files/disk-file-store';
import { openDatabase } from '../../backend/data/database';
import { migrateToLatest } from '../../backend/data/migrate';
import { seedDemo } from '../../backend/seed/demo';
import { clearAll, growToFullSize, isSeeded } from '../../backend/seed/demo-city';

async function main() {
  const config = readHostConfig();
  const reset = process.argv.includes('--reset');
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  await migrateToLatest(database);
  const say = (line: string) => process.stdout.write(line + '\n');
  try {
    if (await isSeeded(database.db)) {
      if (!reset) {
        say('seed: the database already has data; run `npm run seed -- --reset` to rebuild the demo city.');
        return;
      }
      await clearAll(database.db);
      say('seed: cleared every table');
    }
    const files =
      config.fileStore?.kind === 's3'
        ? (await import('../../backend/files/s3-file-store')).s3FileStore(config.fileStore.s3)
        : diskFileStore(config.mediaDir);
    await seedDemo(database.db, files, say);
    // `--members 42000`: the full-size city (about 1,000 branches) for benchmarks.
    const members = Number(process.argv[process.argv.indexOf('--members') + 1]);
    if (process.argv.includes('--members') && Number.isSafeInteger(members) && members > 0)
      await growToFullSize(database.db, members, say);
    say(`seed: done (${database.describe})`);
  } finally {
    await database.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`seed failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
