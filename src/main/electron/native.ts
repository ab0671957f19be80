import { dialog } from 'electron'
import { existsSync } from 'node:fs'
import { menuLanguage } from './menu'

/** Words for the dialog, in the user's language; `file` is where the library should be. */
export function missingNativeMessage(
  file: string,
  locale: string,
  isPackaged: boolean,
): { title: string; content: string } {
  if (menuLanguage(locale) === 'zh') {
    return {
      title: 'Kehu 客户无法启动',
      content: isPackaged
        ? `缺少数据库组件 better_sqlite3.node（应在 ${file}）。安装包不完整，请重新安装 Kehu 客户。`
        : `缺少为 Electron 编译的数据库组件 better_sqlite3.node（应在 ${file}）。\n\n请在项目目录运行：node scripts/build-electron-native.mjs\n（需要联网下载 Electron 头文件，以及 C++ 编译工具）。`,
    }
  }
  return {
    title: 'Kehu cannot start',
    content: isPackaged
      ? `The database engine better_sqlite3.node is missing (expected at ${file}). The installation is incomplete; please reinstall Kehu.`
      : `The database engine built for Electron, better_sqlite3.node, is missing (expected at ${file}).\n\nBuild it from the project folder with: node scripts/build-electron-native.mjs\n(it downloads Electron's headers and needs a C++ toolchain).`,
  }
}

/**
 * Electron and Node have different native ABIs, so the desktop app loads its own copy of
 * better-sqlite3 and `npm test` keeps the Node one in node_modules. Without it the core
 * cannot open the database: say so plainly (and how to fix it) instead of a stack trace.
 * Returns false when the app cannot go on.
 */
export function ensureNativeBinding(file: string, locale: string, isPackaged: boolean): boolean {
  if (existsSync(file)) return true
  const { title, content } = missingNativeMessage(file, locale, isPackaged)
  console.error(`Kehu: ${content}`)
  dialog.showErrorBox(title, content)
  return false
}
