import type { reportsMethods } from '../../../shared/api/reports'
import type { ApiDeps } from '../api'
import { activityReport } from '../services/reports-activity'
import { customersReport } from '../services/reports-customers'
import { dashboard } from '../services/reports-dashboard'
import { funnelReport } from '../services/reports-funnel'
import { receivablesReport } from '../services/reports-receivables'
import { exportReport } from '../services/reports-export'
import { reportRecords } from '../services/reports-records'
import { salesReport } from '../services/reports-sales'
import { getTargets, setTargets } from '../services/reports-targets'
import type { HandlersOf } from './types'

export function reportsHandlers(deps: ApiDeps): HandlersOf<typeof reportsMethods> {
  const { ctx } = deps
  return {
    'reports.sales': (input) => salesReport(ctx, input),
    'reports.receivables': (input) => receivablesReport(ctx, input),
    'reports.funnel': (input) => funnelReport(ctx, input),
    'reports.customers': (input) => customersReport(ctx, input),
    'reports.activity': (input) => activityReport(ctx, input),
    'reports.dashboard': (input) => dashboard(ctx, input),
    'reports.records': (input) => reportRecords(ctx, input),
    'reports.export': (input) => exportReport(ctx, input),
    'targets.get': (input) => getTargets(ctx, input.year),
    'targets.set': (input) => setTargets(ctx, input),
  }
}
