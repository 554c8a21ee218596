import js from '@eslint/js';
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
    files: ['src/config.ts', 'test/**/*.ts', 'vitest.config.ts', 'bin/**', 'scripts/**', '**/*.test.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
