import { Button, Group, Stack, TagsInput, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { errorMessage } from '../../../lib/errors'
import { useLostReasons, useSetLostReasons } from '../hooks/usePipeline'

export type LostReasonsEditorProps = Record<string, never>

/** 输单原因: the list offered when a deal is marked lost (another can always be typed there). */
export function LostReasonsEditor(_props: LostReasonsEditorProps) {
  const { t } = useTranslation()
  const reasons = useLostReasons()
  const save = useSetLostReasons()
  const [draft, setDraft] = useState<string[] | null>(null)
  const value = draft ?? reasons.data ?? []
  const dirty = draft !== null && draft.join('\n') !== (reasons.data ?? []).join('\n')

  return (
    <Stack gap={6} data-testid="lost-reasons-editor">
      <Text size="sm" fw={600}>
        {t('pipeline.settings.lostReasons')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('pipeline.settings.lostReasonsHint')}
      </Text>
      <Group align="flex-start" gap="sm" wrap="nowrap">
        <TagsInput
          flex={1}
          aria-label={t('pipeline.settings.lostReasons')}
          placeholder={t('pipeline.settings.lostReasonsPlaceholder')}
          value={value}
          onChange={(next) => setDraft(next.map((reason) => reason.trim()).filter(Boolean))}
          maxTags={50}
          splitChars={[',', '，', ';', '；']}
          clearable
          data-testid="lost-reasons-input"
        />
        <Button
          disabled={!dirty}
          loading={save.isPending}
          data-testid="lost-reasons-save"
          onClick={() =>
            save.mutate(value, {
              onSuccess: () => {
                setDraft(null)
                notifications.show({
                  color: 'green',
                  message: t('pipeline.settings.lostReasonsSaved'),
                })
              },
              onError: (failure) =>
                notifications.show({
                  color: 'red',
                  title: t('common.failed'),
                  message: errorMessage(t, failure),
                }),
            })
          }
        >
          {t('common.save')}
        </Button>
      </Group>
    </Stack>
  )
}
