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
const esmPackages = ['@tarojs', 'tslib', '@stencil', 'swiper', 'dom7', 'ssr-window', 'classnames', 'jose', 'kysely', 'content-disposition'].join('|');

const base = {
  transform: { '^.+\\.(m?js|tsx?)$': swc },
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages})/)`],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'json'],
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
      testMatch: ['<rootDir>/backend/**/*.test.ts', '<rootDir>/contracts/**/*.test.ts', '<rootDir>/test/unit/**/*.test.ts'],
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
      testMatch: ['<rootDir>/src/**/*.test.tsx', '<rootDir>/src/**/*.test.ts'],
      setupFiles: ['<rootDir>/test/support/taro-globals.js'],
      moduleNameMapper: {
        '^@tarojs/components$': '@tarojs/components-react',
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
