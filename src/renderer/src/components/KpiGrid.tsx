import { SimpleGrid } from '@mantine/core'
import type { ReactNode } from 'react'

export interface KpiGridProps {
  print?: boolean
  children: ReactNode
}

/** The key figures of a report in a row (four across; on paper a plain grid). */
export function KpiGrid({ print, children }: KpiGridProps) {
  if (print) return <div className="kp-kpis">{children}</div>
  return (
    <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
      {children}
    </SimpleGrid>
  )
}
