// ESLint (flat config). `npm run lint` runs it with --max-warnings 0; Prettier owns the layout.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';
import { defineConfig } from 'eslint/config';

export default defineConfig(
  { ignores: ['lib/', 'dist/', 'out/', 'coverage/', '.tmp/', 'test/output/', 'test/fixtures/**/*.xlsx'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // A leading underscore marks a deliberately unused binding (a rest-sibling omit, a callback's slot).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // Methods of an object literal (a getter-bearing proxy, a formula env) reach the outer instance as `self`.
      '@typescript-eslint/no-this-alias': ['error', { allowedNames: ['self'] }],
      // The ideographic space (U+3000) is Chinese typography in messages and labels, not a stray character.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipJSXText: true }],
    },
  },
  // Node: the CLI, the tools, the tests and the configs.
  {
    files: ['src/cli/**', 'src/gateways/exceljs/**', 'src/gateways/xlsx*/**', 'scripts/**', 'bench/**', 'bin/**', '*.js'],
    languageOptions: { globals: globals.node },
  },
  // CommonJS launchers and configs: require() is how they load.
  {
    files: ['**/*.js'],
    ignores: ['src/static/**'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  // Runs before the bundle in any engine, IE11 included: ES5 in the browser.
  {
    files: ['src/static/**/*.js'],
    languageOptions: { ecmaVersion: 5, sourceType: 'script', globals: { ...globals.browser, Office: 'readonly' } },
  },
  // The pane, its preview and the Office commands run in the browser.
  {
    files: ['src/ui/**', 'src/preview/**', 'src/taskpane/**', 'src/commands/**', 'src/addin/**', 'src/gateways/office/**'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}', 'src/preview/**/*.{ts,tsx}', 'src/taskpane/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      // A React Compiler check; the pane deliberately resets a local draft when the host's data changes.
      'react-hooks/set-state-in-effect': 'off',
    },
  },
  {
    files: ['**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
    rules: {
      ...jsxA11y.flatConfigs.recommended.rules,
      // A scrollable region must take focus so the keyboard can scroll it (axe: scrollable-region-focusable).
      'jsx-a11y/no-noninteractive-tabindex': ['error', { tags: [], roles: ['tabpanel', 'region'] }],
    },
  },
  {
    files: ['test/**'],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
    // Tests read JSON reports and poke at Office-shaped fakes; typing every probe would only add casts.
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
