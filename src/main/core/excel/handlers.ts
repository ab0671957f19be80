import type { excelMethods } from '../../../shared/api/excel'
import type { CoreDeps, HandlersOf } from '../deps'
import type { BackupManager } from '../safety'
import type { Readers } from './xlsx-thread'
import './entries'
import { blankTemplate } from './blank-template'
import { exportDatabase } from './database-export'
import { listImports, undoImport } from './import-log'
import { commitImport, previewImport } from './importer'
import { exportList } from './list-exports'
import { deleteTemplate, listTemplates, saveTemplate } from './templates'
import { getSettings } from '../app'
import type { Jobs } from '../jobs'

/** Excel in and out; the long ones run as jobs with progress and cancel. */
export function excelHandlers(
  deps: CoreDeps & { backups: BackupManager; readers?: Readers | null },
  jobs: Jobs,
): HandlersOf<typeof excelMethods> {
  const { ctx } = deps
  return {
    'imports.preview': async (input) => {
      const preview = await previewImport(ctx, input)
      // The import that usually follows finds its reader thread booted.
      if (preview.format === 'xlsx') deps.readers?.warm()
      return preview
    },
    'imports.commit': (input) =>
      commitImport({ ctx, backups: deps.backups, jobs, readers: deps.readers }, input),
    'imports.cancel': (input) => ({ cancelled: jobs.cancel(input.jobId) }),
    'imports.list': () => listImports(ctx),
    'imports.undo': (input) => undoImport(ctx, input.id),
    'imports.templates': (input) => listTemplates(ctx, input.entity),
    'imports.saveTemplate': (input) => saveTemplate(ctx, input),
    'imports.deleteTemplate': (input) => deleteTemplate(ctx, input.id),
    'imports.blankTemplate': (input) =>
      blankTemplate(ctx, input.entity, input.locale ?? getSettings(ctx).locale),
    'exports.list': (input) => jobs.run(undefined, (job) => exportList(ctx, input, job)),
    'exports.database': () => jobs.run(undefined, (job) => exportDatabase(ctx, jobs, job)),
  }
}
