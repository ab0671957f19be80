import { Button, FileButton, Group, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconDownload, IconPaperclip, IconTrash, IconUpload } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { MAX_ATTACHMENT_BYTES } from '../../../../../shared/api'
import { formatInstant } from '../../../../../shared/dates'
import { IconActionButton } from '../../../components/IconActionButton'
import { api } from '../../../lib/api'
import { errorMessage } from '../../../lib/errors'
import { fileSizeText, fileToBase64, saveBase64 } from '../attachmentFiles'
import { useRefreshLedger } from '../../../data/ledger'

/** A file waiting to be uploaded (the new-contract form uploads after saving), or one stored. */
export interface AttachmentItem {
  key: string
  name: string
  sizeBytes: number
  /** Stored attachment id; null while it is only picked. */
  id: number | null
  createdAt?: number
}

export interface AttachmentListProps {
  items: AttachmentItem[]
  /** Picked files: upload them (a saved contract) or hold them (a new one). */
  onAdd: (files: File[]) => Promise<void> | void
  /** Removes one (detach for a stored one). */
  onRemove: (item: AttachmentItem) => void
  readOnly?: boolean
}

const ACCEPT = 'application/pdf,image/*,.doc,.docx,.xls,.xlsx,.zip'

/** 附件: a scanned contract (PDF) and other files, copied into the data folder; download any time. */
export function AttachmentList({ items, onAdd, onRemove, readOnly }: AttachmentListProps) {
  const { t } = useTranslation()
  const [busy, setBusy] = useState(false)
  const pick = async (files: File[]) => {
    const tooLarge = files.find((file) => file.size > MAX_ATTACHMENT_BYTES)
    const empty = files.find((file) => file.size === 0)
    if (tooLarge || empty) {
      notifications.show({
        color: 'red',
        title: (tooLarge ?? empty)?.name,
        message: tooLarge
          ? t('errors.attachmentTooLarge', { maxMb: MAX_ATTACHMENT_BYTES / 1024 / 1024 })
          : t('errors.attachmentEmpty'),
      })
      return
    }
    setBusy(true)
    try {
      await onAdd(files)
    } finally {
      setBusy(false)
    }
  }
  const download = async (item: AttachmentItem) => {
    if (item.id === null) return
    try {
      const file = await api.call('contracts.attachment', { id: item.id })
      saveBase64(file.name, file.base64)
    } catch (error) {
      notifications.show({
        color: 'red',
        title: t('common.failed'),
        message: errorMessage(t, error),
      })
    }
  }
  return (
    <Stack gap={6} data-testid="attachments">
      {items.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('ledger.attachments.none')}
        </Text>
      )}
      {items.map((item) => (
        <Group key={item.key} gap="xs" wrap="nowrap" data-testid="attachment">
          <IconPaperclip size={16} style={{ flexShrink: 0 }} />
          <Text size="sm" truncate="end" miw={0} flex={1}>
            {item.name}
          </Text>
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {fileSizeText(item.sizeBytes)}
            {item.createdAt
              ? ` · ${formatInstant(item.createdAt)}`
              : ` · ${t('ledger.attachments.pending')}`}
          </Text>
          {item.id !== null && (
            <IconActionButton
              label={t('ledger.attachments.download')}
              icon={<IconDownload size={16} />}
              onClick={() => void download(item)}
              testId="attachment-download"
            />
          )}
          {!readOnly && (
            <IconActionButton
              label={t('ledger.attachments.remove')}
              icon={<IconTrash size={16} />}
              color="red"
              onClick={() => onRemove(item)}
              testId="attachment-remove"
            />
          )}
        </Group>
      ))}
      {!readOnly && (
        <Group>
          <FileButton onChange={(files) => void pick(files)} accept={ACCEPT} multiple>
            {(props) => (
              <Button
                {...props}
                size="xs"
                variant="light"
                leftSection={<IconUpload size={14} />}
                loading={busy}
                data-testid="attachment-add"
              >
                {t('ledger.attachments.add')}
              </Button>
            )}
          </FileButton>
          <Text size="xs" c="dimmed">
            {t('ledger.attachments.hint', { maxMb: MAX_ATTACHMENT_BYTES / 1024 / 1024 })}
          </Text>
        </Group>
      )}
    </Stack>
  )
}

/** Uploads picked files to a saved contract, one by one; says which one failed. */
export async function uploadAttachments(contractId: number, files: File[]): Promise<string[]> {
  const failed: string[] = []
  for (const file of files) {
    try {
      await api.call('contracts.attach', {
        contractId,
        file: { name: file.name, base64: await fileToBase64(file) },
      })
    } catch {
      failed.push(file.name)
    }
  }
  return failed
}

/** The attachments of a saved contract, managed in place (upload and remove act at once). */
export function useStoredAttachments(contractId: number) {
  const { t } = useTranslation()
  const refresh = useRefreshLedger()
  const add = async (files: File[]) => {
    const failed = await uploadAttachments(contractId, files)
    refresh()
    if (failed.length > 0)
      notifications.show({
        color: 'red',
        title: t('common.failed'),
        message: t('ledger.attachments.uploadFailed', { names: failed.join('、') }),
      })
  }
  const remove = async (item: AttachmentItem) => {
    if (item.id === null) return
    try {
      await api.call('contracts.detach', { id: item.id })
      notifications.show({ message: t('ledger.attachments.removed', { name: item.name }) })
    } catch (error) {
      notifications.show({
        color: 'red',
        title: t('common.failed'),
        message: errorMessage(t, error),
      })
    }
    refresh()
  }
  return { add, remove }
}
