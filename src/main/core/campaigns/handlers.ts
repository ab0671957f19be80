import type { campaignMethods } from '../../../shared/api/campaigns'
import type { CoreDeps, HandlersOf } from '../deps'
import { campaignReport } from './report'
import {
  campaignOptions,
  createCampaign,
  deleteCampaign,
  getCampaign,
  listCampaigns,
  restoreCampaign,
  updateCampaign,
} from './campaigns'

export function campaignHandlers(deps: CoreDeps): HandlersOf<typeof campaignMethods> {
  const { ctx } = deps
  return {
    'campaigns.create': (input) => createCampaign(ctx, input),
    'campaigns.get': (input) => getCampaign(ctx, input.id),
    'campaigns.update': (input) => updateCampaign(ctx, input),
    'campaigns.delete': (input) => deleteCampaign(ctx, input.id),
    'campaigns.restore': (input) => restoreCampaign(ctx, input.id),
    'campaigns.list': (input) => listCampaigns(ctx, input),
    'campaigns.options': () => campaignOptions(ctx),
    'reports.campaigns': (input) => campaignReport(ctx, input),
  }
}
