import { Button, Group, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import { CAMPAIGN_CHANNELS, type Campaign } from '../../../../../shared/api'
import { DateField } from '../../../components/DateField'
import { MoneyInput } from '../../../components/MoneyInput'
import { focusFirstError, showSaveError, submitOnCtrlEnter } from '../../../lib/formBehaviour'
import {
  CAMPAIGN_ERROR_FIELDS,
  CAMPAIGN_FORM_FIELDS,
  campaignToValues,
  emptyCampaignValues,
  toCampaignInput,
  validateCampaign,
  type CampaignFormValues,
} from '../campaignFormValues'
import { channelLabel } from '../campaignText'
import { useSaveCampaign } from '../../../data/campaigns'

/** Hints under the inputs, so the two columns' inputs line up. */
const HINT_BELOW: ('label' | 'input' | 'description' | 'error')[] = [
  'label',
  'input',
  'description',
  'error',
]

export interface CampaignFormProps {
  /** The campaign to edit, or null for a new one. */
  campaign: Campaign | null
  /** A new campaign starts today. */
  today: string
  onSaved: (campaign: Campaign) => void
  onCancel: () => void
}

/**
 * 新建 / 编辑活动: name, channel, dates, budget and actual cost, notes. Enter saves (Ctrl+Enter
 * in the notes); the core's refusals land under their fields in the user's language.
 */
export function CampaignForm({ campaign, today, onSaved, onCancel }: CampaignFormProps) {
  const { t } = useTranslation()
  const save = useSaveCampaign()
  const form = useForm<CampaignFormValues>({
    mode: 'controlled',
    initialValues: campaign ? campaignToValues(campaign) : emptyCampaignValues(today),
    validate: (values) => validateCampaign(values, t),
  })
  const submit = form.onSubmit(
    (values, event) => {
      const formElement = event?.currentTarget
      const input = toCampaignInput(values)
      save.mutate(campaign ? { id: campaign.id, values: input } : { id: null, values: input }, {
        onSuccess: (saved) => {
          notifications.show({
            color: 'green',
            message: t(campaign ? 'campaigns.saved' : 'campaigns.created', { name: saved.name }),
          })
          onSaved(saved)
        },
        onError: (error) =>
          showSaveError(t, error, {
            setErrors: form.setErrors,
            formElement,
            fieldOrder: CAMPAIGN_FORM_FIELDS,
            fieldOfKey: CAMPAIGN_ERROR_FIELDS,
            testIdPrefix: 'campaign',
            title: t('campaigns.form.saveFailed'),
          }),
      })
    },
    (errors, _values, event) =>
      focusFirstError(event?.currentTarget, CAMPAIGN_FORM_FIELDS, errors, 'campaign'),
  )
  const money = (field: 'budget' | 'cost', key: 'budgetCents' | 'costCents') => ({
    label: t(`campaigns.fields.${field}`),
    'data-testid': `campaign-${key}`,
    value: form.values[field],
    onChange: (value: string) => {
      form.setFieldValue(field, value)
      // The error is keyed like the core's field (costCents), the value is the typed text.
      form.clearFieldError(key)
    },
    error: form.errors[key],
    inputWrapperOrder: HINT_BELOW,
  })
  return (
    <form data-testid="campaign-form" onSubmit={submit} onKeyDown={submitOnCtrlEnter} noValidate>
      <Stack gap="sm">
        <TextInput
          label={t('campaigns.fields.name')}
          placeholder={t('campaigns.form.namePlaceholder')}
          withAsterisk
          maxLength={100}
          data-autofocus
          data-testid="campaign-name"
          {...form.getInputProps('name')}
        />
        <Select<string>
          label={t('campaigns.fields.channel')}
          placeholder={t('campaigns.form.channelPlaceholder')}
          withAsterisk
          allowDeselect={false}
          data-testid="campaign-channel"
          data={CAMPAIGN_CHANNELS.map((channel) => ({
            value: channel,
            label: channelLabel(t, channel),
          }))}
          value={form.values.channel}
          onChange={(value) =>
            form.setFieldValue(
              'channel',
              CAMPAIGN_CHANNELS.find((channel) => channel === value) ?? null,
            )
          }
          error={form.errors.channel}
        />
        <SimpleGrid cols={2} spacing="sm">
          <DateField
            label={t('campaigns.fields.startDate')}
            withAsterisk
            data-testid="campaign-startDate"
            {...form.getInputProps('startDate')}
            onChange={(value) => form.setFieldValue('startDate', value)}
          />
          <DateField
            label={t('campaigns.fields.endDate')}
            description={t('campaigns.form.endHint')}
            inputWrapperOrder={HINT_BELOW}
            data-testid="campaign-endDate"
            {...form.getInputProps('endDate')}
            onChange={(value) => form.setFieldValue('endDate', value)}
          />
          <MoneyInput {...money('budget', 'budgetCents')} />
          <MoneyInput {...money('cost', 'costCents')} description={t('campaigns.form.costHint')} />
        </SimpleGrid>
        <Textarea
          label={t('campaigns.fields.notes')}
          autosize
          minRows={2}
          maxRows={6}
          maxLength={5000}
          data-testid="campaign-notes"
          {...form.getInputProps('notes')}
        />
        <Group justify="flex-end" gap="sm" mt="xs">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending} data-testid="campaign-save">
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
