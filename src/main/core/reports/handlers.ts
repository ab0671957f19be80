import type { reportsMethods } from '../../../shared/api/reports'
import type { CoreDeps, HandlersOf } from '../deps'
import { activityReport } from './activity'
import { customersReport } from './customers'
import { dashboard } from './dashboard'
import { funnelReport } from './funnel'
import { receivablesReport } from './receivables'
import { exportReport } from './export'
import { reportRecords } from './records'
import { salesReport } from './sales'
import { getTargets, setTargets } from './targets'

export function reportsHandlers(deps: CoreDeps): HandlersOf<typeof reportsMethods> {
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
