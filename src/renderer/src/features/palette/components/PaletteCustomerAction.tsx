import { Group, Stack } from '@mantine/core'
import { Spotlight } from '@mantine/spotlight'
import { IconUser } from '@tabler/icons-react'
import type { Customer } from '../../../../../shared/api'
import { GradeBadge } from '../../../components/GradeBadge'
import { HighlightedText } from '../../../components/HighlightedText'
import { StageBadge } from '../../../components/StageBadge'

export interface PaletteCustomerActionProps {
  customer: Customer
  query: string
  onOpen: (customer: Customer) => void
}

/** A customer in the palette: name (match marked), code and phone, grade and stage. */
export function PaletteCustomerAction({ customer, query, onOpen }: PaletteCustomerActionProps) {
  const details = [customer.code, customer.phone].filter(Boolean).join(' · ')
  return (
    <Spotlight.Action
      data-testid="palette-customer"
      data-customer-id={customer.id}
      onClick={() => onOpen(customer)}
    >
      <Group wrap="nowrap" gap="sm" w="100%">
        <IconUser size={18} stroke={1.5} style={{ flexShrink: 0, opacity: 0.6 }} />
        <Stack gap={0} miw={0} flex={1}>
          <HighlightedText size="sm" fw={500} truncate="end" text={customer.name} query={query} />
          <HighlightedText size="xs" c="dimmed" truncate="end" text={details} query={query} />
        </Stack>
        <Group gap={4} wrap="nowrap">
          <GradeBadge grade={customer.grade} />
          <StageBadge stage={customer.stage} />
        </Group>
      </Group>
    </Spotlight.Action>
  )
}
