import { useEffect, useState } from 'react'
import { localDate } from '../../../shared/dates'
import { appNow } from '../lib/appClock'

/**
 * Today's local date ('YYYY-MM-DD') on the app's clock (the core's "today", also under
 * `kehu serve --today`), re-read every minute so a screen left open past midnight moves on.
 */
export function useToday(): string {
  const [today, setToday] = useState(() => localDate(appNow()))
  useEffect(() => {
    const timer = window.setInterval(() => setToday(localDate(appNow())), 60_000)
    return () => window.clearInterval(timer)
  }, [])
  return today
}
