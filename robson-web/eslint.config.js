import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import jsxA11y from 'eslint-plugin-jsx-a11y';

export default [
  { ignores: ['dist/**', 'target/**', 'coverage/**', 'node_modules/**'] },
  js.configs.recommended,
  jsxA11y.flatConfigs.recommended,
  {
    files: ['**/*.{js,jsx}'],
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.browser },
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    plugins: { 'react-hooks': reactHooks, 'react-refresh': reactRefresh },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-refresh/only-export-components': ['warn', { allowConstantExport: true }],
      'no-unused-vars': ['error', { varsIgnorePattern: '^[A-Z_]', argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'smart'],
      // Money arrives as strings and must stay exact: parsing it into a float is a bug here.
      'no-restricted-globals': ['error', { name: 'parseFloat', message: 'Money and prices are decimal strings: use src/lib/decimal.js.' }],
      'no-restricted-properties': ['error', { object: 'Number', property: 'parseFloat', message: 'Money and prices are decimal strings: use src/lib/decimal.js.' }],
    },
  },
  // Features import each other only through a feature's index.js, its public surface; what
  // several features share lives in src/lib (logic) or src/components (UI). Shared code never
  // reaches into a feature. See the paths: features/<feature>/<part>/<file> and
  // features/<feature>/<file>.
  {
    files: ['src/features/*/*/**/*.{js,jsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{
          group: ['../../*/**', '!../../../**', '!../../*/index.js'],
          message: 'Import another feature only through its index.js; move shared code to src/lib or src/components.',
        }],
      }],
    },
  },
  {
    files: ['src/features/*/*.{js,jsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{
          group: ['../*/**', '!../../**', '!../*/index.js'],
          message: 'Import another feature only through its index.js; move shared code to src/lib or src/components.',
        }],
      }],
    },
  },
  {
    files: ['src/lib/**/*.{js,jsx}', 'src/components/**/*.{js,jsx}', 'src/config/**/*.{js,jsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{
          group: ['**/features/**'],
          message: 'Shared code does not depend on a feature.',
        }],
      }],
    },
  },
  {
    // Node scripts; the browser globals are for the functions they run inside the page.
    files: ['scripts/**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['vite.config.js', 'eslint.config.js'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['src/**/*.test.{js,jsx}', 'src/test/**'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'react-refresh/only-export-components': 'off' },
  },
];
