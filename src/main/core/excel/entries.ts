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
 * What can be imported and exported: every importer and exporter registers itself in the
 * registry when its file loads; this file loads them all, in the order the wizard lists them.
 */
registerImporter(customerImporter)
registerImporter(contactImporter)
