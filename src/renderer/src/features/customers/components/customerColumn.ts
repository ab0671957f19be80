import type { ColumnDef } from '@tanstack/react-table'
import type { Customer } from '../../../../../shared/api'

/** One column of the customer list: built in or a custom field's. */
export type CustomerColumn = ColumnDef<Customer, unknown> & { id: string; header: string }
