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
    // Rules that need the types (src only, so lint stays quick): a promise nobody awaits or catches, a
    // promise where a callback's result is ignored, a switch that misses a case of its union.
    files: ['src/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      // A `default` is a decision about the other cases; a switch without one must name them all.
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
    },
  },
  {
    // Entry points reach the core only through its entry modules (eslint/core-entry.ts says which).
    files: ['src/**/*.ts'],
    plugins: { layering },
    rules: { 'layering/core-entry': 'error' },
  },
);
