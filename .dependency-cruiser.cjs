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
