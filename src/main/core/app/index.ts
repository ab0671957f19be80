/** The app domain's surface: what the rest of the core may use of it. */
export { assertOwnerExists, createOwner, listOwners, updateOwner } from './owners'
export { getSettings, readSetting, updateSettings, writeSetting } from './settings'
export { appHandlers } from './handlers'
