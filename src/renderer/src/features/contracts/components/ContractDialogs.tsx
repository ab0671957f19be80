import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import type { ContractDetail } from '../../../../../shared/api'
import { formatCents } from '../../../../../shared/money'

import type { ContractDialog } from '../hooks/useContractDialogs'
import { InvoiceModal } from './InvoiceModal'
import { ReasonModal } from './ReasonModal'
import { RecordPaymentModal } from './RecordPaymentModal'
import { useApiMutation } from '../../../lib/queries'

export interface ContractDialogsProps {
  contract: ContractDetail
  dialog: ContractDialog
  today: string
  onClose: () => void
}

/** The contract page's dialogs: record a payment, invoice, 红冲 a payment or invoice, terminate. */
export function ContractDialogs({ contract, dialog, today, onClose }: ContractDialogsProps) {
  const { t } = useTranslation()
  const reversePayment = useApiMutation('payments.reverse')
  const reverseInvoice = useApiMutation('invoices.reverse')
  const terminate = useApiMutation('contracts.terminate')
  const payment = dialog?.kind === 'reversePayment' ? dialog.payment : null
  const invoice = dialog?.kind === 'reverseInvoice' ? dialog.invoice : null
  const done = (message: string) => () => notifications.show({ color: 'green', message })
  return (
    <>
      <RecordPaymentModal
        contract={contract}
        target={dialog?.kind === 'pay' ? (dialog.instalmentId ?? 'auto') : null}
        today={today}
        onClose={onClose}
      />
      <InvoiceModal
        contract={contract}
        opened={dialog?.kind === 'invoice'}
        today={today}
        onClose={onClose}
      />
      <ReasonModal
        opened={payment !== null}
        title={t('ledger.payments.reverseTitle')}
        summary={
          payment &&
          t('ledger.payments.reverseSummary', {
            date: payment.receivedDate,
            amount: formatCents(payment.amountCents),
            method: t(`ledger.method.${payment.method}`),
          })
        }
        confirmLabel={t('ledger.payments.reverse')}
        defaultDate={payment && today < payment.receivedDate ? payment.receivedDate : today}
        testId="reverse-payment"
        onConfirm={(input) =>
          reversePayment
            .mutateAsync({ id: payment?.id ?? 0, reason: input.reason, date: input.date })
            .then(done(t('ledger.payments.reversedDone')))
        }
        onClose={onClose}
      />
      <ReasonModal
        opened={invoice !== null}
        title={t('ledger.invoices.reverseTitle')}
        summary={
          invoice &&
          t('ledger.invoices.reverseSummary', {
            number: invoice.number ?? '',
            amount: formatCents(invoice.amountCents),
          })
        }
        confirmLabel={t('ledger.payments.reverse')}
        defaultDate={invoice && today < invoice.issuedDate ? invoice.issuedDate : today}
        withNumber
        testId="reverse-invoice"
        onConfirm={(input) =>
          reverseInvoice
            .mutateAsync({
              id: invoice?.id ?? 0,
              reason: input.reason,
              date: input.date,
              ...(input.number ? { number: input.number } : {}),
            })
            .then(done(t('ledger.invoices.reversedDone')))
        }
        onClose={onClose}
      />
      <ReasonModal
        opened={dialog?.kind === 'terminate'}
        title={t('ledger.terminate.title', { number: contract.number })}
        summary={t('ledger.terminate.summary', {
          outstanding: formatCents(contract.outstandingCents),
        })}
        confirmLabel={t('ledger.actions.terminate')}
        defaultDate={today}
        testId="terminate"
        onConfirm={(input) =>
          terminate
            .mutateAsync({ id: contract.id, reason: input.reason, date: input.date })
            .then(done(t('ledger.terminate.done', { number: contract.number })))
        }
        onClose={onClose}
      />
    </>
  )
}
