import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', 'storybook-static/', 'node_modules/', 'custom-elements.json', 'demo/.data/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    plugins: { 'lit-a11y': litA11y },
    rules: { ...litA11y.configs.recommended.rules },
  },
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'wc/guard-super-call': 'off',
    },
  },
  {
    files: [
      'scripts/**',
      'bench/**',
      'demo/server.js',
      'demo/**/*.js',
      'bin/**',
      'src/cli/**',
      'test/node/**',
      'test/server/**',
      '*.config.js',
      '*.config.ts',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['test/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    // One harness for the browser tests: test/helpers/index.ts (see the comment at its top).
    files: ['test/**/*.ts'],
    ignores: ['test/helpers/**', 'test/node/**', 'test/consumer/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@open-wc/testing',
              importNames: ['oneEvent', 'aTimeout'],
              message: 'Use nextEvent, and fakeClock/fakeIntersection/drain, from test/helpers/index.js.',
            },
          ],
          patterns: [
            {
              regex: '(^|/)helpers/(?!index\\.js$)[^/]+$',
              message: 'Import test helpers from test/helpers/index.js.',
            },
          ],
        },
      ],
    },
  },
  prettier,
);
