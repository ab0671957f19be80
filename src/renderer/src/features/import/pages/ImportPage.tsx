import { Alert, Card, LoadingOverlay, Stack, Stepper, Text, Title } from '@mantine/core'
import { IconAlertCircle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { errorMessage } from '../../../lib/errors'
import { DuplicateStep } from '../components/DuplicateStep'
import { FileStep } from '../components/FileStep'
import { MappingStep } from '../components/MappingStep'
import { PreviewStep } from '../components/PreviewStep'
import { ProgressStep } from '../components/ProgressStep'
import { RecentImports } from '../components/RecentImports'
import { SheetStep } from '../components/SheetStep'
import { SummaryStep } from '../components/SummaryStep'
import { useImportWizard, WIZARD_STEPS } from '../hooks/useImportWizard'

export type ImportPageProps = Record<string, never>

/**
 * 导入 Excel: choose a file → sheet and header row → mapping → preview → duplicates →
 * import with progress and cancel → summary; the recent imports with undo below.
 */
export function ImportPage(_props: ImportPageProps) {
  const { t } = useTranslation()
  const wizard = useImportWizard()
  // The summary shows every step done.
  const active = wizard.step === 'summary' ? WIZARD_STEPS.length : WIZARD_STEPS.indexOf(wizard.step)
  const canGo = (index: number) =>
    index < active && wizard.step !== 'import' && wizard.step !== 'summary' && index > 0
  const steps = {
    file: <FileStep wizard={wizard} />,
    sheet: <SheetStep wizard={wizard} />,
    mapping: <MappingStep wizard={wizard} />,
    preview: <PreviewStep wizard={wizard} />,
    duplicates: <DuplicateStep wizard={wizard} />,
    import: <ProgressStep wizard={wizard} />,
    summary: <SummaryStep wizard={wizard} />,
  }
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('import.title')}</Title>
        <Text c="dimmed" size="sm">
          {t('import.subtitle')}
        </Text>
      </div>
      <Card withBorder padding="lg" pos="relative">
        <LoadingOverlay
          visible={wizard.loading && wizard.step !== 'file'}
          zIndex={5}
          overlayProps={{ blur: 1 }}
        />
        <Stack gap="lg">
          <Stepper
            active={active}
            size="sm"
            allowNextStepsSelect={false}
            onStepClick={(index) => canGo(index) && wizard.setStep(WIZARD_STEPS[index]!)}
          >
            {WIZARD_STEPS.map((step) => (
              <Stepper.Step key={step} label={t(`import.steps.${step}`)} />
            ))}
          </Stepper>
          {wizard.error !== null && wizard.step !== 'duplicates' && (
            <Alert
              color="red"
              variant="light"
              icon={<IconAlertCircle size={18} />}
              data-testid="import-error"
            >
              {errorMessage(t, wizard.error)}
            </Alert>
          )}
          {steps[wizard.step]}
        </Stack>
      </Card>
      <RecentImports />
    </Stack>
  )
}
