import { CampaignReport } from '../campaigns/CampaignReport'
import { CustomersReport } from '../customers/CustomersReport'
import { FunnelReport } from '../funnel/FunnelReport'
import { InsightReport } from '../insight/InsightReport'
import type { DataReport } from '../reportParams'
import { ReceivablesReport } from '../receivables/ReceivablesReport'
import { SalesReport } from '../sales/SalesReport'
import { ServiceReport } from '../aftersales/ServiceReport'
import type { ReportViewProps } from './ReportViewProps'

export interface ReportViewSwitchProps extends ReportViewProps {
  report: DataReport
}

/** The view of one report, the same on screen and in the print layout. */
export function ReportView({ report, ...props }: ReportViewSwitchProps) {
  switch (report) {
    case 'sales':
      return <SalesReport {...props} />
    case 'receivables':
      return <ReceivablesReport {...props} />
    case 'funnel':
      return <FunnelReport {...props} />
    case 'insight':
      return <InsightReport {...props} />
    case 'service':
      return <ServiceReport {...props} />
    case 'campaigns':
      return <CampaignReport {...props} />
    default:
      return <CustomersReport {...props} />
  }
}
