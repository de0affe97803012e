// The project's import rules, checked by `npm run lint` with dependency-cruiser. Each rule names
// what a violation means and what to do instead. dependency-cruiser reads no `.astro` file, so
// tests/lint/import-graph.ts holds the loops, the pages' file reads and src/ → scripts/ with them too.
/**
 * What the tools (scripts/) may import from the site (src/), module by module: its declarations
 * (config/, the data schema, parsing and the content's one reader in data/), its helpers (lib/),
 * the content check's entry and the checks it runs alone, the read side of translations and
 * versions, the host files' helpers, and the accessibility evidence's schema and reader. The
 * writers are the tools' own (scripts/staged/, scripts/fix/, scripts/versions/). Never a
 * component, layout, page or another integration: those belong to the build.
 */
const TOOL_SURFACE = [
  // The site's settings and paths, the content's schemas and readers: the tools read content
  // as the check does (data/content-files.ts reads it once; parse.ts words what cannot be read).
  '^src/config/(deployment|hosting|locales|paths|site-file|site-schema)[.]ts$',
  '^src/data/(anchors|content-files|cookie-name|dates|entries|lifetime|observations|operator-facts|operator-schema|parse|schema-messages|schema)[.]ts$',
  '^src/lib/(chromium|fingerprint|html|nearest|page-weight|plural|symlinks|today)[.]ts$',
  '^src/translations/(french-texts|record|status|texts)[.]ts$',
  '^src/versions/(diff|publications|snapshot|today|versions-file)[.]ts$',
  // The check every write passes first (scripts/staged/staged.ts) and its parts a command reports on;
  // `check --fix` (scripts/fix/) applies the typography rules' and the field names' fixes.
  '^src/content-check/(index|data|observations|operator-facts|publish|typography|typography-check|typography-text)[.]ts$',
  '^src/integrations/host-files[.]ts$',
  '^src/accessibility/(evidence|load)[.]ts$',
];

/** The benchmark is a developer's tool: no command may import it. */
const BENCH = '^scripts/bench(/|[.]ts$)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-import-loop',
      severity: 'error',
      comment:
        'These modules import each other in a loop. Move what both need into a module of its own, imported by both.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-folder-loop',
      severity: 'error',
      scope: 'folder',
      comment:
        'These folders import each other in a loop. The site (src/) sits below the tools (scripts/): move the shared part to the folder both may import.',
      from: { path: '^(src|scripts)/' },
      to: { circular: true },
    },
    {
      name: 'site-imports-no-tool-or-test',
      severity: 'error',
      comment:
        'src/ is the site: it never imports the tools (scripts/) or the tests (tests/). Move what it needs into src/, and let the tools import it from there.',
      from: { path: '^src/' },
      to: { path: '^(scripts|tests)/' },
    },
    {
      name: 'check-imports-no-view',
      severity: 'error',
      comment:
        'The content check (src/content-check/) runs before anything renders: it never imports the components, layouts or pages. Move what both need into src/config/ or src/data/.',
      from: { path: '^src/content-check/' },
      to: { path: '^src/(components|layouts|pages)/' },
    },
    {
      name: 'tool-imports-declared-surface',
      severity: 'error',
      comment:
        'The tools import from src/ only what TOOL_SURFACE in .dependency-cruiser.cjs declares. Import the module the surface offers, or, when a tool truly needs another, declare it there and say why.',
      from: { path: '^scripts/' },
      to: { path: '^src/', pathNot: TOOL_SURFACE },
    },
    {
      name: 'tool-imports-no-test',
      severity: 'error',
      comment: 'The tools never import the tests: move the shared code into scripts/ or src/.',
      from: { path: '^scripts/' },
      to: { path: '^tests/' },
    },
    {
      name: 'command-imports-no-bench',
      severity: 'error',
      comment:
        'The operators’ commands and the site never import the benchmark, a developer’s tool.',
      from: { path: '^(src/|scripts/|astro[.]config[.]mjs$)', pathNot: BENCH },
      to: { path: BENCH },
    },
    {
      name: 'command-imports-dependencies-only',
      severity: 'error',
      comment:
        'Every command in package.json runs after `npm ci --omit=dev` (the bench included): a package that code outside tests/ imports at run time must be in "dependencies" of package.json, not "devDependencies".',
      from: { path: '^(src/|scripts/|astro[.]config[.]mjs$)' },
      to: { dependencyTypes: ['npm-dev'], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'no-unknown-package',
      severity: 'error',
      comment:
        'This import names a package that package.json does not declare: add it to "dependencies" (or "devDependencies" when only tests use it). Types alone may come from a package another one brings (vite\'s, through astro).',
      from: {},
      to: { dependencyTypes: ['npm-no-pkg', 'npm-unknown'], dependencyTypesNot: ['type-only'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(tests/fixtures|dist)/' },
    // Type-only imports are listed as such, so the dependencies rule can leave them out.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.mjs', '.js', '.d.ts', '.json'],
    },
    reporterOptions: {
      text: { highlightFocused: true },
    },
  },
};
