import { Card, Group, Text } from '@mantine/core'
import type { ReactNode } from 'react'
import { Link } from 'react-router'
import './kpi.css'

export interface KpiCardProps {
  label: string
  value: string
  /** The exact amount behind a 万元 figure (tooltip). */
  exact?: string
  /** A line under the value: change, target, count. */
  detail?: ReactNode
  /** The list behind the figure. */
  to?: string
  onClick?: () => void
  color?: string
  icon?: ReactNode
  print?: boolean
  testId?: string
}

/** A key figure; on screen it links to (or opens) the records behind it. */
export function KpiCard({
  label,
  value,
  exact,
  detail,
  to,
  onClick,
  color,
  icon,
  print,
  testId,
}: KpiCardProps) {
  const body = (
    <>
      <Group gap={6} c="dimmed" wrap="nowrap">
        {icon}
        <Text size="sm" truncate>
          {label}
        </Text>
      </Group>
      <Text
        fz={print ? 18 : 24}
        fw={700}
        lh={1.25}
        mt={4}
        c={color}
        title={exact}
        data-testid={testId ? `${testId}-value` : undefined}
      >
        {value}
      </Text>
      {detail && (
        <Text size="xs" c="dimmed" mt={2} component="div">
          {detail}
        </Text>
      )}
    </>
  )
  if (print)
    return (
      <div className="kp-kpi" data-testid={testId}>
        {body}
      </div>
    )
  if (to)
    return (
      <Card
        withBorder
        padding="sm"
        data-testid={testId}
        component={Link}
        to={to}
        className="kehu-kpi-link"
      >
        {body}
      </Card>
    )
  if (onClick)
    return (
      <Card
        withBorder
        padding="sm"
        data-testid={testId}
        component="button"
        type="button"
        onClick={onClick}
        className="kehu-kpi-link"
        style={{ textAlign: 'left', font: 'inherit', color: 'inherit' }}
      >
        {body}
      </Card>
    )
  return (
    <Card withBorder padding="sm" data-testid={testId}>
      {body}
    </Card>
  )
}
