import type { ledgerMethods } from '../../../shared/api/ledger'
import type { productMethods } from '../../../shared/api/products'
import type { receivableMethods } from '../../../shared/api/receivables'
import type { CoreDeps, HandlersOf } from '../deps'
import { attachFile, detachFile, readAttachment } from './attachments'
import { contractRenewals, listContracts } from './contract-list'
import { prefillFromDeal } from './contract-prefill'
import { getContract } from './contract-rows'
import {
  activateContract,
  deleteContract,
  restoreContract,
  terminateContract,
} from './contract-state'
import { createContract, nextContractNumber, updateContract } from './contracts'
import { createInvoice, listInvoices, reverseInvoice } from './invoices'
import { createPayment, listPayments, reversePayment } from './payments'
import { createProduct, getProduct, listProducts, updateProduct } from './products'
import { agingReport, listReceivables, overdueList } from './receivables'
import { customerStatement } from './statement'

export function ledgerHandlers(
  deps: CoreDeps,
): HandlersOf<typeof productMethods & typeof ledgerMethods & typeof receivableMethods> {
  const { ctx, dataDir } = deps
  return {
    'products.create': (input) => createProduct(ctx, input),
    'products.update': (input) => updateProduct(ctx, input),
    'products.get': (input) => getProduct(ctx, input.id),
    'products.list': (input) => listProducts(ctx, input),

    'contracts.create': (input) => createContract(ctx, input),
    'contracts.get': (input) => getContract(ctx, input.id),
    'contracts.update': (input) => updateContract(ctx, input),
    'contracts.list': (input) => listContracts(ctx, input),
    'contracts.activate': (input) => activateContract(ctx, input.id),
    'contracts.terminate': (input) => terminateContract(ctx, input),
    'contracts.delete': (input) => deleteContract(ctx, input.id),
    'contracts.restore': (input) => restoreContract(ctx, input.id),
    'contracts.nextNumber': (input) => ({ number: nextContractNumber(ctx, input?.signedDate) }),
    'contracts.renewals': (input) => contractRenewals(ctx, input?.days),
    'contracts.prefillFromDeal': (input) => prefillFromDeal(ctx, input.dealId),
    'contracts.attach': (input) => attachFile(ctx, dataDir, input),
    'contracts.attachment': (input) => readAttachment(ctx, dataDir, input.id),
    'contracts.detach': (input) => detachFile(ctx, dataDir, input.id),

    'payments.create': (input) => createPayment(ctx, input),
    'payments.reverse': (input) => reversePayment(ctx, input),
    'payments.list': (input) => listPayments(ctx, input),

    'invoices.create': (input) => createInvoice(ctx, input),
    'invoices.reverse': (input) => reverseInvoice(ctx, input),
    'invoices.list': (input) => listInvoices(ctx, input),

    'receivables.list': (input) => listReceivables(ctx, input),
    'receivables.aging': (input) => agingReport(ctx, input),
    'receivables.overdue': (input) => overdueList(ctx, input),
    'receivables.statement': (input) => customerStatement(ctx, input),
  }
}
