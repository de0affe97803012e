// @ts-check
// ESLint for TypeScript and Astro files; formatting is Prettier's job, so only correctness rules.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'test-results/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: {
      // Config, CLI tools and tests run on Node; pages ship no script to browsers.
      globals: globals.node,
    },
    rules: {
      // Test patterns match YAML indentation, which reads best as the spaces themselves.
      'no-regex-spaces': 'off',
      // `_name` marks a value that is deliberately unused (a destructured field left out).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
);
