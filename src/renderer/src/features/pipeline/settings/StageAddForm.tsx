import { Button, Group, NumberInput, TextInput } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { placeApiError } from '../../../lib/errors'
import { useCreateStage } from '../hooks/usePipeline'

export type StageAddFormProps = Record<string, never>

/** A new open stage, after the last open one (move it with the arrows afterwards). */
export function StageAddForm(_props: StageAddFormProps) {
  const { t } = useTranslation()
  const create = useCreateStage()
  const [name, setName] = useState('')
  const [probability, setProbability] = useState<number | string>(50)
  const [staleDays, setStaleDays] = useState<number | string>('')
  const [error, setError] = useState<string | null>(null)

  const add = () =>
    create.mutate(
      {
        name: name.trim(),
        probability: Number(probability),
        ...(staleDays === '' ? {} : { staleDays: Number(staleDays) }),
      },
      {
        onSuccess: (stage) => {
          setName('')
          setStaleDays('')
          setError(null)
          notifications.show({
            color: 'green',
            message: t('pipeline.settings.added', { name: stage.name }),
          })
        },
        onError: (failure) => {
          const placed = placeApiError(t, failure, ['name', 'probability', 'staleDays'])
          setError(Object.values(placed.fields).join(' · ') || placed.general)
        },
      },
    )

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault()
        add()
      }}
      noValidate
    >
      <Group align="flex-end" gap="sm">
        <TextInput
          label={t('pipeline.settings.newName')}
          placeholder={t('pipeline.settings.newNamePlaceholder')}
          value={name}
          maxLength={30}
          error={error}
          onChange={(event) => {
            setName(event.currentTarget.value)
            setError(null)
          }}
          w={200}
          data-testid="stage-new-name"
        />
        <NumberInput
          label={t('pipeline.settings.probability')}
          value={probability}
          onChange={setProbability}
          min={0}
          max={100}
          allowDecimal={false}
          suffix="%"
          w={100}
          data-testid="stage-new-probability"
        />
        <NumberInput
          label={t('pipeline.settings.staleDays')}
          placeholder={t('pipeline.settings.never')}
          value={staleDays}
          onChange={setStaleDays}
          min={1}
          max={3650}
          allowDecimal={false}
          w={130}
          data-testid="stage-new-stale"
        />
        <Button
          type="submit"
          variant="default"
          leftSection={<IconPlus size={16} />}
          loading={create.isPending}
          disabled={name.trim() === ''}
          data-testid="stage-add"
        >
          {t('pipeline.settings.add')}
        </Button>
      </Group>
    </form>
  )
}
