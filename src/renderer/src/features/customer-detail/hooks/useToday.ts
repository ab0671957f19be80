import { useEffect, useState } from 'react'
import { localDate } from '../../../../../shared/dates'

/** Today's local date ('YYYY-MM-DD'), re-read every minute so a screen left open past midnight moves on. */
export function useToday(): string {
  const [today, setToday] = useState(() => localDate(Date.now()))
  useEffect(() => {
    const timer = window.setInterval(() => setToday(localDate(Date.now())), 60_000)
    return () => window.clearInterval(timer)
  }, [])
  return today
}
