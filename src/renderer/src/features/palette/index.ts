/** What other features use of palette: its only surface. */
export { PaletteLauncher } from './components/PaletteLauncher'
