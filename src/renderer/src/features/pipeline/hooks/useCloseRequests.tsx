import { useCallback, useState } from 'react'
import type { Deal } from '../../../../../shared/api'
import { LostReasonModal } from '../components/LostReasonModal'
import { WonConfirmModal } from '../components/WonConfirmModal'
import { useCloseDeal } from './useCloseDeal'

interface Request {
  deal: Deal
  outcome: 'won' | 'lost'
}

/**
 * Asking before a deal is closed: `request(deal, 'won')` confirms the win,
 * `request(deal, 'lost')` asks for the reason; both then close it through deals.close.
 * Render `dialogs` once where the requests come from (board, list, drawer).
 */
export function useCloseRequests(onClosed?: (deal: Deal) => void) {
  const close = useCloseDeal()
  const [pending, setPending] = useState<Request | null>(null)
  const request = useCallback((deal: Deal, outcome: 'won' | 'lost') => {
    setPending({ deal, outcome })
  }, [])
  const dismiss = () => setPending(null)
  const dialogs = (
    <>
      <WonConfirmModal
        deal={pending?.outcome === 'won' ? pending.deal : null}
        onClose={dismiss}
        onConfirm={() => {
          if (!pending) return
          close.mutate({ deal: pending.deal, outcome: 'won' })
          onClosed?.(pending.deal)
          dismiss()
        }}
      />
      <LostReasonModal
        deal={pending?.outcome === 'lost' ? pending.deal : null}
        onClose={dismiss}
        onConfirm={(lostReason) => {
          if (!pending) return
          close.mutate({ deal: pending.deal, outcome: 'lost', lostReason })
          onClosed?.(pending.deal)
          dismiss()
        }}
      />
    </>
  )
  return { request, dialogs, closing: close.isPending }
}
