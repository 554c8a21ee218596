import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules', 'data', 'dist', 'coverage', 'web/dist', '.tmp'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: 'Read configuration through src/config.ts',
        },
      ],
    },
  },
  {
    // The domain is pure: it may not reach modules, the database or HTTP (DESIGN §8).
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: ['**/modules/**', '**/db/**', '**/http/**', 'kysely', 'fastify', 'better-sqlite3', 'pg'],
        },
      ],
    },
  },
  {
    // Contracts travel to browsers: only zod, src/shared and the pure domain (DESIGN §8).
    files: ['src/contracts/**/*.ts'],
    ignores: ['src/contracts/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            '**/modules/**',
            '**/db/**',
            '**/http/**',
            '**/app/**',
            '**/cli/**',
            'node:*',
            'kysely',
            'fastify',
            'better-sqlite3',
            'pg',
          ],
        },
      ],
    },
  },
  {
    // src/shared is the bottom layer; modules never reach the composition root or another module's insides.
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            '**/domain/**',
            '**/modules/**',
            '**/db/**',
            '**/http/**',
            '**/app/**',
            '**/contracts/**',
          ],
        },
      ],
    },
  },
  {
    files: ['src/modules/**/*.ts'],
    ignores: ['src/modules/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/app/**', '**/cli/**'], message: 'Modules never import the composition root' },
            {
              regex: '^\\.\\./(?!\\.\\./)[^/]+/(?!index\\.ts$).+',
              message: 'Another module is reached only through its index.ts',
            },
          ],
        },
      ],
    },
  },
  {
    // The same rule one folder deeper (e.g. src/modules/tickets/import/): ../../<module>/ is another module.
    files: ['src/modules/*/*/**/*.ts'],
    ignores: ['src/modules/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/app/**', '**/cli/**'], message: 'Modules never import the composition root' },
            {
              regex: '^\\.\\./\\.\\./(?!\\.\\./)[^/]+/(?!index\\.ts$).+',
              message: 'Another module is reached only through its index.ts',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/http/**/*.ts'],
    ignores: ['src/http/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/modules/**', '**/app/**'], message: 'src/http knows no module' }] },
      ],
    },
  },
  {
    // The web console runs in browsers (docs/console.md): plumbing never reaches into screens or the shell.
    files: ['web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['web/src/api/**', 'web/src/i18n/**', 'web/src/live/**', 'web/src/components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/screens/**', '**/app/**'],
              message: 'Plumbing and shared UI never import screens or the shell',
            },
          ],
        },
      ],
    },
  },
  {
    // A screen is one folder: screens never import each other, and reach the server only through web/src/api.
    files: ['web/src/screens/*/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ regex: '^\\.\\./(?!\\.\\./)[^/]+/', message: 'Screens never import another screen' }],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'Call the API through web/src/api (useApi)' },
      ],
    },
  },
  {
    files: [
      'src/config.ts',
      'test/**/*.ts',
      'vitest.config.ts',
      'vite.config.ts',
      'bin/**',
      'scripts/**',
      '**/*.test.ts',
    ],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
