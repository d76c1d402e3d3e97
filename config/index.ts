// Taro build configuration shared by the weapp and H5 builds (hand-written: `taro init` needs the network).
import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import devConfig from './dev';
import prodConfig from './prod';

const taroEnv = process.env.TARO_ENV ?? 'h5';
// contracts/roles.ts holds zod-free values the app imports; Taro compiles only src/ unless told otherwise.
const compile = { include: [path.resolve(__dirname, '..', 'contracts')] };

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'silver-pioneers',
    date: '2025-1-1',
    // 375 with ratio 2: a px in SCSS is a real CSS px on a 375-wide phone (1px → 2rpx on weapp).
    designWidth: 375,
    deviceRatio: { 375: 2, 640: 2.34 / 2, 750: 1, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: `dist/${taroEnv}`,
    plugins: [],
    // The host's address, when known at build time: the scan page then opens printed https codes of this host only.
    defineConstants: { 'process.env.SCAN_LINK_ORIGIN': JSON.stringify(process.env.PUBLIC_URL ?? '') },
    framework: 'react',
    compiler: { type: 'webpack5', prebundle: { enable: false } },
    cache: { enable: false },
    sass: {
      // Lets the style tokens pick rem (H5: follows the browser's font size) or px (weapp).
      data: `$taro-env: ${taroEnv};`,
    },
    copy: {
      patterns: taroEnv === 'weapp' ? [{ from: 'src/assets/tab-icons/', to: 'dist/weapp/custom-tab-bar/icons/' }] : [],
      options: {},
    },
    mini: {
      compile,
      // Our styles are class-scoped, so the order CSS chunks are merged in does not matter.
      miniCssExtractPluginOption: { ignoreOrder: true },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' },
        },
      },
    },
    h5: {
      compile,
      publicPath: '/',
      staticDirectory: 'static',
      // QR codes encode the short /s?scene=… (backend/scan/qrcode/create.ts SCAN_PATH).
      router: { mode: 'browser', customRoutes: { '/subpackages/scan/index': '/s' } },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      // No JS-set <html> font-size: text is in rem so the browser's own font setting wins.
      htmlPluginOption: { script: '' },
      postcss: {
        pxtransform: { enable: false, config: {} },
        autoprefixer: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' },
        },
      },
    },
  };

  if (process.env.NODE_ENV === 'development') {
    return merge({}, baseConfig, devConfig);
  }
  return merge({}, baseConfig, prodConfig);
});
