import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.tmp/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Entry points reach the core only through its public barrel.
    files: ['src/cli/**', 'src/action/**', 'src/slack/**', 'src/sandbox/**', 'src/mcp/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./core/(?!index\\.ts$)',
              message: 'Import the core only through src/core/index.ts.',
            },
          ],
        },
      ],
    },
  },
);
