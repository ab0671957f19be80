import { launch } from './lifecycle'

/**
 * Entry of the Electron main process (out/main/index.js, package.json "main"). An ES module:
 * launch() runs synchronously here, with no await before it, because app.setPath,
 * registerSchemesAsPrivileged and the single-instance lock must all happen before 'ready'.
 */
launch()
