import { contactImporter } from './contact-import'
import { customerImporter } from './customer-import'
import { registerImporter } from './registry'
import './list-exports'
import './record-exports'
import './domain-exports'
import './statement-export'
import './deal-import'
import './product-import'
import './payment-import'

/**
 * Excel in and out. Importers and list exporters register here; a domain that lands
 * later (deals, products, contracts, payments) adds its entries the same way.
 */
registerImporter(customerImporter)
registerImporter(contactImporter)

export { previewImport, commitImport } from './importer'
export { listImports, undoImport } from './import-log'
export { listTemplates, saveTemplate, deleteTemplate } from './templates'
export { blankTemplate } from './blank-template'
export { exportList } from './list-exports'
export { exportDatabase } from './database-export'
