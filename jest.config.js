// Jest runs every suite but the type check: unit rules, the host over real HTTP (SQLite and PostgreSQL),
// React components, the native weapp component, and the browser end-to-end and accessibility suites.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true, decorators: false },
      transform: { react: { runtime: 'automatic' } },
      target: 'es2020',
    },
    module: { type: 'commonjs' },
  },
];

// ESM packages that must be transformed for Jest's CommonJS runtime.
const esmPackages = [
  '@tarojs',
  'tslib',
  '@stencil',
  'swiper',
  'dom7',
  'ssr-window',
  'classnames',
  'jose',
  'kysely',
  'content-disposition',
  // music-metadata (audio durations) and the ESM-only packages it reads files with
  'music-metadata',
  'strtok3',
  'token-types',
  '@tokenizer',
  'uint8array-extras',
  'file-type',
  '@borewit',
  'win-guid',
  'content-type',
  'media-typer',
].join('|');

const base = {
  transform: { '^.+\\.(m?js|tsx?)$': swc },
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages})/)`],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'json'],
  resolver: '<rootDir>/test/support/esm-fallback-resolver.js',
};

module.exports = {
  testTimeout: 30_000,
  globalSetup: '<rootDir>/test/support/global-setup.js',
  globalTeardown: '<rootDir>/test/support/global-teardown.js',
  projects: [
    {
      ...base,
      displayName: 'unit',
      testEnvironment: 'node',
      testMatch: [
        '<rootDir>/backend/**/*.test.ts',
        '<rootDir>/apps/**/*.test.ts',
        '<rootDir>/contracts/**/*.test.ts',
        '<rootDir>/test/unit/**/*.test.ts',
      ],
    },
    {
      ...base,
      displayName: 'integration',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/integration/**/*.test.ts'],
    },
    {
      ...base,
      displayName: 'components',
      testEnvironment: 'jsdom',
      // ts-jest (transpile only) here, not swc: @tarojs/components-react has an import cycle that swc's CommonJS
      // output turns into a TDZ error at load time. Taro's H5 components and APIs also pull in many ESM-only
      // packages (a pnpm-nested tslib, router deps, lodash-es, nanoid …), so everything required is transformed.
      transform: {
        '^.+\\.(m?js|tsx?)$': [
          'ts-jest',
          {
            isolatedModules: true,
            tsconfig: { allowJs: true, jsx: 'react-jsx', module: 'commonjs', target: 'es2020', esModuleInterop: true },
          },
        ],
      },
      transformIgnorePatterns: [],
      testMatch: ['<rootDir>/src/**/*.test.tsx', '<rootDir>/src/**/*.test.ts'],
      setupFiles: ['<rootDir>/test/support/taro-globals.js'],
      moduleNameMapper: {
        // Components and APIs in their H5 flavour, as the H5 build aliases them.
        '^@tarojs/components$': '@tarojs/components-react',
        '^@tarojs/taro$': '<rootDir>/test/support/taro-h5-api.js',
        '\\.(css|scss)$': '<rootDir>/test/support/style-stub.js',
      },
    },
    {
      ...base,
      displayName: 'weapp',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/test/weapp/**/*.test.ts'],
    },
    {
      ...base,
      displayName: 'e2e',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
    },
  ],
};
