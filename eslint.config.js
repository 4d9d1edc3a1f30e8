// ESLint (issue 19): JavaScript's recommended rules, typescript-eslint's type-checked rules and the
// Astro plugin. `npm run lint` runs it with --max-warnings 0, and `npm test` runs that.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores([
    'dist/',
    '.astro/',
    // Output of the benchmarks (bench/incremental.sh writes .incr/).
    'bench/out/',
    '.incr/',
    // The bare floor site the benchmark measures against: its own package and tsconfig, kept bare.
    'bench/floor/',
    // Small sites and inputs that tests build or feed to the checks; some are unsafe on purpose.
    'test/fixtures/',
  ]),

  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        // Config files outside tsconfig.json's include get a default program.
        projectService: { allowDefaultProject: ['eslint.config.js', 'vitest.config.ts'] },
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: ['.astro'],
      },
      globals: { ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // A leading underscore marks a value left out on purpose (`const { links: _links, ...rest }`).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },

  astro.configs['flat/recommended'],
  {
    // astro-eslint-parser has no projectService: it reads the tsconfig itself, so the frontmatter
    // of .astro files gets the same types (astro:content, Astro.props) as astro check sees.
    files: ['**/*.astro'],
    languageOptions: {
      parserOptions: { projectService: false, project: './tsconfig.json' },
    },
    rules: {
      // The template's {expressions} reach TypeScript without Astro's JSX types, so every
      // `items.map((item) => <li>…</li>)` would "return an error-typed value"; astro check types them.
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // The type-checked rules need type information that astro-eslint-parser gives the frontmatter of
    // .astro files, but not the client <script>s the plugin lints as virtual files
    // (Component.astro/0_0.ts): those have no program, so only the untyped rules run there.
    files: ['**/*.astro/*.ts', '**/*.astro/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    // The plain-JavaScript service-worker registration, served as is from public/ (not bundled).
    files: ['public/**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { ...globals.browser }, sourceType: 'script' },
  },
);
