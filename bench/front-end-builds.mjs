// Builds a front end for a suite when its output is missing, with the project's own build scripts
// (so the H5 build comes with its compressed copies), in its own process group.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { runToCompletion } from './processes.mjs';

const BUILD = {
  h5: { marker: 'dist/h5/index.html', args: ['scripts/build-h5.mjs'] },
  weapp: { marker: 'dist/weapp/app.json', args: ['node_modules/@tarojs/cli/bin/taro', 'build', '--type', 'weapp'] },
};

/**
 * @param {import('./context.mjs').BenchContext} ctx
 * @param {'weapp' | 'h5'} type
 * @returns {Promise<boolean>} whether it had to build now
 */
export async function ensureBuilt(ctx, type) {
  const { marker, args } = BUILD[type];
  if (existsSync(path.join(ctx.root, marker))) return false;
  if (!ctx.options.build) throw new Error(`${marker} is missing and --no-build was given (run npm run build:${type})`);
  ctx.log(`${marker} missing, building (npm run build:${type}) …`);
  await runToCompletion(process.execPath, args, {
    cwd: ctx.root,
    env: { ...process.env, NODE_ENV: 'production' },
    group: true,
  });
  return true;
}
