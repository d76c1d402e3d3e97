// Lint: a small rule set for bugs and clarity (layout is Prettier's, folder boundaries scripts/check-boundaries.mjs's).
// Run by `npm test` and `npm run lint`.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // Built, installed or generated.
  { ignores: ['node_modules/', 'dist/', 'data/', 'coverage/', 'test-results/', 'artifacts/', '.taro-cache/', '.swc/'] },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      // `catch {}` is how a fallback that was set before the try says "keep the fallback".
      'no-empty': ['error', { allowEmptyCatch: true }],
      // A leading underscore says "unused on purpose" (a platform twin's signature, a field dropped by a rest).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
      // `import type` is erased for sure, so a type never drags a module (or its side effects) into a bundle.
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      // A domain's schema.ts adds its tables to Schema by `interface Schema extends XTables {}` (declaration merging).
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
    },
  },
  {
    // The three registries that find a domain's function, seed or code maker by the folder's convention (a
    // manifest may not import them: every WeChat bundle reads the manifests); esbuild bundles each pattern's matches.
    files: ['apps/host/function-registry.ts', 'backend/seed/demo.ts', 'backend/scan/qrcode/create.ts'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // TypeScript checks names itself; the rule only misfires on types and globals there.
    files: ['**/*.{ts,tsx,mts}'],
    rules: { 'no-undef': 'off' },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '\\.(h5|weapp)(\\.tsx?)?$',
              message:
                'Import the base name (`./x`, not `./x.weapp`): Taro picks the platform file, and naming one pulls it into the other build.',
            },
          ],
        },
      ],
    },
  },
  {
    // Every way to another page goes through src/lib/routes.ts (paths from contracts/pages.ts, tabs by switchTab).
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}', 'src/lib/routes.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'MemberExpression[object.name=/^(Taro|wx)$/][property.name=/^(navigateTo|redirectTo|switchTab|reLaunch|navigateBack)$/]',
          message: 'Navigate through src/lib/routes.ts (openPage, replacePage, openTab, openUrl, leavePage).',
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  // Plain JavaScript: where it runs decides its globals.
  { files: ['**/*.{js,mjs,cjs}'], languageOptions: { globals: globals.node } },
  {
    files: ['**/*.cjs', 'test/support/**/*.js', 'babel.config.js', 'jest.config.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  // A native mini-program component, outside Taro.
  {
    files: ['src/custom-tab-bar/*.js'],
    languageOptions: { globals: { wx: 'readonly', Component: 'readonly', getCurrentPages: 'readonly' } },
  },
  // Benchmarks drive a browser: the functions they hand to it run there.
  { files: ['bench/**/*.mjs'], languageOptions: { globals: globals.browser } },
);
