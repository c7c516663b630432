import tseslint from 'typescript-eslint';
import layering from './eslint/core-entry.ts';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.tmp/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Entry points reach the core only through its entry modules (eslint/core-entry.ts says which).
    files: ['src/**/*.ts'],
    plugins: { layering },
    rules: { 'layering/core-entry': 'error' },
  },
);
