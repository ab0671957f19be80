/** The campaigns domain's surface: what the rest of the core may use of it. */
export { assertCampaignAttributable, assertCampaignExists } from './campaigns'
export { campaignSheets } from './export'
export { campaignHandlers } from './handlers'
