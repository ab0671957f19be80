import { SimpleGrid } from '@mantine/core'
import type { ReactNode } from 'react'

export interface ChartPairProps {
  print?: boolean
  children: ReactNode
}

/** Two report sections side by side on a wide screen; one under the other on paper. */
export function ChartPair({ print, children }: ChartPairProps) {
  if (print) return <>{children}</>
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
      {children}
    </SimpleGrid>
  )
}
