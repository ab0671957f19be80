/**
 * The import rules `npm test` checks (npm run check:imports): no cycle anywhere, type-only
 * imports included, and no reach into another domain's inside.
 */
const DOMAINS =
  '(customers|pipeline|ledger|aftersales|campaigns|insight|reminders|reports|app|demo|excel|safety|search|workbook)'

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycle',
      severity: 'error',
      comment:
        'An import cycle: modules that cannot be read, tested or loaded one without the other.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'domain-through-index',
      severity: 'error',
      comment:
        'Another domain of the core is used only through its index.ts (a lazy import() may reach a leaf it loads on demand).',
      from: { path: `^src/main/core/${DOMAINS}/` },
      to: {
        path: `^src/main/core/${DOMAINS}/.+`,
        pathNot: ['^src/main/core/$1/', '^src/main/core/[^/]+/index\\.ts$'],
        dependencyTypesNot: ['dynamic-import'],
      },
    },
    {
      name: 'core-domain-through-index',
      severity: 'error',
      comment:
        'Outside the domains (the core root, the hosts, Electron) a domain is used through its index.ts.',
      from: { path: '^src/', pathNot: `^src/main/core/${DOMAINS}/` },
      to: {
        path: `^src/main/core/${DOMAINS}/.+`,
        pathNot: '^src/main/core/[^/]+/index\\.ts$',
        dependencyTypesNot: ['dynamic-import'],
      },
    },
    {
      name: 'feature-through-index',
      severity: 'error',
      comment:
        'A renderer feature is used by another part of the renderer only through its index.ts (a lazy import() of a page may reach it directly).',
      from: { path: '^src/renderer/src/features/([^/]+)/' },
      to: {
        path: '^src/renderer/src/features/[^/]+/.+',
        pathNot: ['^src/renderer/src/features/$1/', '^src/renderer/src/features/[^/]+/index\\.ts$'],
        dependencyTypesNot: ['dynamic-import'],
      },
    },
    {
      name: 'app-uses-feature-index',
      severity: 'error',
      comment:
        'The shell (app/) uses a feature through its index.ts, or a lazy import() of a page.',
      from: { path: '^src/renderer/src/app/' },
      to: {
        path: '^src/renderer/src/features/[^/]+/.+',
        pathNot: '^src/renderer/src/features/[^/]+/index\\.ts$',
        dependencyTypesNot: ['dynamic-import'],
      },
    },
    {
      name: 'renderer-kit-below-features',
      severity: 'error',
      comment: 'components/, data/ and lib/ are below every feature: they import none.',
      from: { path: '^src/renderer/src/(components|data|lib)/' },
      to: { path: '^src/renderer/src/features/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|out|release)' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    combinedDependencies: false,
    reporterOptions: { text: { highlightFocused: true } },
  },
}
