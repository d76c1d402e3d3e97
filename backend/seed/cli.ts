// `npm run seed [-- --reset]`: (re)builds the demo city in the configured database.
import { readHostConfig } from '../host/host-config';
import { createDeps } from '../runtime/create-deps';
import { clearAll, isSeeded, seedDemoCity } from './demo-city';

async function main() {
  const config = readHostConfig();
  const reset = process.argv.includes('--reset');
  const deps = await createDeps({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, demoMode: true });
  const say = (line: string) => process.stdout.write(line + '\n');
  try {
    if (await isSeeded(deps.database.db)) {
      if (!reset) {
        say('seed: the database already has data; run `npm run seed -- --reset` to rebuild the demo city.');
        return;
      }
      await clearAll(deps.database.db);
      say('seed: cleared every table');
    }
    await seedDemoCity(deps.database.db, say);
    say(`seed: done (${deps.database.describe})`);
  } finally {
    await deps.database.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`seed failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
