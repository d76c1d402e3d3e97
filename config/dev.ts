// Development build: readable output, quick rebuilds.
import type { UserConfigExport } from '@tarojs/cli';

export default {
  logger: { quiet: false, stats: false },
  mini: {},
  h5: {
    devServer: {
      port: 10087,
      // The host serves the functions; the dev server forwards API and media calls to it.
      proxy: [{ context: ['/api', '/media'], target: `http://127.0.0.1:${process.env.PORT ?? 10086}` }],
    },
  },
} satisfies UserConfigExport<'webpack5'>;
