/** Excel in and out: the import engine, the exports, the reader thread. */
import './entries'

export { previewImport, commitImport } from './importer'
export { listImports, undoImport } from './import-log'
export { listTemplates, saveTemplate, deleteTemplate } from './templates'
export { blankTemplate } from './blank-template'
export { exportList } from './list-exports'
export { exportDatabase } from './database-export'
export { excelHandlers } from './handlers'
export { readerPool, readerThread } from './xlsx-thread'
export type { Readers } from './xlsx-thread'
