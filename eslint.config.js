import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Remote data must stay text: these HTML/CSS sinks are forbidden in src/ (see README, Security).
const htmlSinks = {
  'no-restricted-imports': [
    'error',
    {
      paths: [
        { name: 'lit/directives/unsafe-html.js', message: 'Remote data is rendered as text only.' },
        { name: 'lit/directives/unsafe-svg.js', message: 'Remote data is rendered as text only.' },
        { name: 'lit/directives/unsafe-mathml.js', message: 'Remote data is rendered as text only.' },
        { name: 'lit/static-html.js', message: 'unsafeStatic is not allowed in src/.' },
      ],
    },
  ],
  'no-restricted-syntax': [
    'error',
    { selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]", message: 'No HTML sinks in src/.' },
    { selector: "CallExpression[callee.property.name=/^(insertAdjacentHTML|createContextualFragment|write|writeln)$/]", message: 'No HTML sinks in src/.' },
    { selector: "CallExpression[callee.name=/^(unsafeCSS|unsafeHTML|unsafeStatic|unsafeSVG)$/]", message: 'No unsafe Lit directives in src/.' },
  ],
};

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', 'storybook-static/', 'node_modules/', 'bench/out/', 'tmp/', 'custom-elements.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: { '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }] },
  },
  {
    // Node scripts, and the pages they drive (page.evaluate bodies run in the browser).
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['src/**/*.ts'],
    plugins: { lit, wc },
    rules: {
      ...lit.configs.recommended.rules,
      ...wc.configs.recommended.rules,
      ...wc.configs['best-practice'].rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      ...htmlSinks,
    },
  },
  {
    files: ['test/**/*.ts', 'stories/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
