// The cloud functions' bundles for a test, in a folder of the test's own (suites add a fake wx-server-sdk and write
// beside the bundles). `npm test` builds them once before Jest and names the folder in PREBUILT_CLOUD_DIR; each suite
// copies it rather than bundling eleven functions again. A suite run on its own (plain `npx jest …`) builds its own.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');

export function buildCloudInto(outDir: string): void {
  const prebuilt = process.env.PREBUILT_CLOUD_DIR;
  if (prebuilt && existsSync(path.resolve(root, prebuilt))) {
    cpSync(path.resolve(root, prebuilt), outDir, { recursive: true });
    return;
  }
  execFileSync(process.execPath, ['scripts/build-cloud.mjs', outDir], { cwd: root, stdio: 'pipe' });
}
