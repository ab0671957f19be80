import { ActionIcon, Tooltip, type ActionIconProps, type MantineColor } from '@mantine/core'
import type { ReactNode } from 'react'

export interface IconActionButtonProps {
  /** The tooltip, and the accessible name unless `ariaLabel` says more. */
  label: string
  ariaLabel?: string
  icon: ReactNode
  onClick: () => void
  color?: MantineColor
  size?: ActionIconProps['size']
  disabled?: boolean
  testId: string
}

/** A row's small icon action (edit, delete, make primary): subtle, with its name on hover. */
export function IconActionButton({
  label,
  ariaLabel,
  icon,
  onClick,
  color = 'gray',
  size,
  disabled,
  testId,
}: IconActionButtonProps) {
  return (
    <Tooltip label={label} withArrow>
      <ActionIcon
        variant="subtle"
        color={color}
        size={size}
        aria-label={ariaLabel ?? label}
        onClick={onClick}
        disabled={disabled}
        data-testid={testId}
      >
        {icon}
      </ActionIcon>
    </Tooltip>
  )
}
