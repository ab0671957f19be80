import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import type {
  DuplicatePolicy,
  ImportEntity,
  ImportPreview,
  ImportSummary,
  JobEvent,
} from '../../../../../shared/api'
import { api } from '../../../lib/api'

export type WizardStep =
  'file' | 'sheet' | 'mapping' | 'preview' | 'duplicates' | 'import' | 'summary'
export const WIZARD_STEPS: WizardStep[] = [
  'file',
  'sheet',
  'mapping',
  'preview',
  'duplicates',
  'import',
  'summary',
]

export interface ChosenFile {
  name: string
  base64: string
  size: number
}

/**
 * The import wizard's state: the file, the sheet and header row, the mapping, the
 * preview the core computed for them, the duplicate policy, the running job's progress
 * and the summary. Every change of sheet, header row or mapping asks imports.preview
 * again, so what the user sees is what the core will do.
 */
export function useImportWizard() {
  const queryClient = useQueryClient()
  const [step, setStep] = useState<WizardStep>('file')
  const [entity, setEntity] = useState<ImportEntity>('customers')
  const [file, setFile] = useState<ChosenFile | null>(null)
  const [preview, setPreview] = useState<ImportPreview | null>(null)
  const [mapping, setMapping] = useState<(string | null)[]>([])
  const [loading, setLoading] = useState(false)
  const [error, setError] = useState<unknown>(null)
  const [policy, setPolicy] = useState<DuplicatePolicy>('skip')
  const [strict, setStrict] = useState(false)
  const [progress, setProgress] = useState<JobEvent | null>(null)
  const [summary, setSummary] = useState<ImportSummary | null>(null)
  const jobId = useRef<string | null>(null)

  useEffect(
    () =>
      api.onJob((event) => {
        if (event.job === jobId.current) setProgress(event)
      }),
    [],
  )

  async function load(
    next: { file?: ChosenFile; sheet?: string; headerRow?: number; mapping?: (string | null)[] },
    target?: WizardStep,
  ) {
    const chosen = next.file ?? file
    if (!chosen) return
    setLoading(true)
    setError(null)
    try {
      const result = await api.call('imports.preview', {
        entity,
        file: { name: chosen.name, base64: chosen.base64 },
        sheet: next.sheet ?? (next.file ? undefined : preview?.sheet),
        headerRow: next.headerRow ?? (next.file || next.sheet ? undefined : preview?.headerRow),
        mapping: next.mapping,
      })
      if (next.file) setFile(next.file)
      setPreview(result)
      setMapping(result.mapping)
      if (target) setStep(target)
    } catch (failure) {
      setError(failure)
    } finally {
      setLoading(false)
    }
  }

  async function run() {
    if (!file || !preview) return
    const id = crypto.randomUUID()
    jobId.current = id
    setProgress({ job: id, done: 0, total: preview.totalRows, phase: 'reading' })
    setSummary(null)
    setError(null)
    setStep('import')
    try {
      const result = await api.call('imports.commit', {
        entity,
        file: { name: file.name, base64: file.base64 },
        sheet: preview.sheet,
        headerRow: preview.headerRow,
        mapping,
        onDuplicate: policy,
        strict,
        jobId: id,
      })
      setSummary(result)
      setStep('summary')
    } catch (failure) {
      setError(failure)
      setStep('duplicates')
    } finally {
      jobId.current = null
      await queryClient.invalidateQueries()
    }
  }

  async function cancel() {
    if (jobId.current) await api.call('imports.cancel', { jobId: jobId.current })
  }

  function reset() {
    setStep('file')
    setFile(null)
    setPreview(null)
    setMapping([])
    setSummary(null)
    setError(null)
    setProgress(null)
  }

  return {
    step,
    setStep,
    entity,
    setEntity: (next: ImportEntity) => {
      setEntity(next)
      reset()
    },
    file,
    preview,
    mapping,
    loading,
    error,
    policy,
    setPolicy,
    strict,
    setStrict,
    progress,
    summary,
    load,
    run,
    cancel,
    reset,
  }
}

export type ImportWizard = ReturnType<typeof useImportWizard>
