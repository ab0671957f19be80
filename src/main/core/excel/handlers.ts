import type { excelMethods } from '../../../shared/api/excel'
import type { ApiDeps } from '../api'
import {
  blankTemplate,
  commitImport,
  deleteTemplate,
  exportDatabase,
  exportList,
  listImports,
  listTemplates,
  previewImport,
  saveTemplate,
  undoImport,
} from '.'
import { getSettings } from '../app/settings'
import type { Jobs } from '../jobs'
import type { HandlersOf } from '../handler-types'

/** Excel in and out (issue 6); the long ones run as jobs with progress and cancel. */
export function excelHandlers(deps: ApiDeps, jobs: Jobs): HandlersOf<typeof excelMethods> {
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
