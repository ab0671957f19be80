import { Menu, type MenuItemConstructorOptions } from 'electron'
import type { RendererCommand } from '../../shared/ipc'

export interface MenuActions {
  /** Shows the data folder (database and backups) in the file manager. */
  openDataFolder(): void
  /** Sends a command to the page (new customer, find, print, palette, settings). */
  send(command: RendererCommand): void
  checkForUpdates(): void
  /** Opens the log folder: the owner sends the log themselves, nothing leaves on its own. */
  reportProblem(): void
}

export interface MenuOptions {
  /** The system's preferred language, e.g. "zh-CN" or "en-US". */
  locale: string
  platform: NodeJS.Platform
  /** Developer tools only in development: a user's menu stays short. */
  isPackaged: boolean
}

const LABELS = {
  zh: {
    file: '文件',
    edit: '编辑',
    view: '视图',
    window: '窗口',
    help: '帮助',
    openDataFolder: '打开数据文件夹',
    newCustomer: '新建客户',
    print: '打印…',
    settings: '设置…',
    find: '查找',
    palette: '命令面板',
    checkForUpdates: '检查更新…',
    reportProblem: '报告问题（打开日志文件夹）',
    close: '关闭窗口',
    quit: '退出',
    undo: '撤销',
    redo: '重做',
    cut: '剪切',
    copy: '复制',
    paste: '粘贴',
    selectAll: '全选',
    delete: '删除',
    reload: '重新加载',
    forceReload: '强制重新加载',
    devTools: '开发者工具',
    resetZoom: '实际大小',
    zoomIn: '放大',
    zoomOut: '缩小',
    fullscreen: '全屏',
    minimize: '最小化',
    zoom: '缩放',
    front: '前置全部窗口',
    about: '关于 Kehu 客户',
  },
  en: {
    file: 'File',
    edit: 'Edit',
    view: 'View',
    window: 'Window',
    help: 'Help',
    openDataFolder: 'Open Data Folder',
    newCustomer: 'New Customer',
    print: 'Print…',
    settings: 'Settings…',
    find: 'Find',
    palette: 'Command Palette',
    checkForUpdates: 'Check for Updates…',
    reportProblem: 'Report a Problem (Open the Log Folder)',
    close: 'Close Window',
    quit: 'Quit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    delete: 'Delete',
    reload: 'Reload',
    forceReload: 'Force Reload',
    devTools: 'Developer Tools',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    fullscreen: 'Full Screen',
    minimize: 'Minimize',
    zoom: 'Zoom',
    front: 'Bring All to Front',
    about: 'About Kehu',
  },
} as const

export type MenuLanguage = keyof typeof LABELS

/** Chinese first: any zh-* system gets Chinese, every other language English. */
export function menuLanguage(locale: string): MenuLanguage {
  return locale.toLowerCase().startsWith('zh') ? 'zh' : 'en'
}

/** The menu as data (testable without Electron); standard roles keep the OS shortcuts. */
export function menuTemplate(
  options: MenuOptions,
  actions: MenuActions,
): MenuItemConstructorOptions[] {
  const t = LABELS[menuLanguage(options.locale)]
  const mac = options.platform === 'darwin'
  const separator: MenuItemConstructorOptions = { type: 'separator' }
  const template: MenuItemConstructorOptions[] = [
    {
      label: t.file,
      submenu: [
        {
          label: t.newCustomer,
          accelerator: 'CmdOrCtrl+N',
          click: () => actions.send('newCustomer'),
        },
        separator,
        { label: t.print, accelerator: 'CmdOrCtrl+P', click: () => actions.send('print') },
        separator,
        { label: t.openDataFolder, click: () => actions.openDataFolder() },
        { label: t.settings, accelerator: 'CmdOrCtrl+,', click: () => actions.send('settings') },
        separator,
        mac ? { role: 'close', label: t.close } : { role: 'quit', label: t.quit },
      ],
    },
    {
      label: t.edit,
      submenu: [
        { role: 'undo', label: t.undo },
        { role: 'redo', label: t.redo },
        separator,
        { role: 'cut', label: t.cut },
        { role: 'copy', label: t.copy },
        { role: 'paste', label: t.paste },
        { role: 'delete', label: t.delete },
        separator,
        { role: 'selectAll', label: t.selectAll },
        separator,
        { label: t.find, accelerator: 'CmdOrCtrl+F', click: () => actions.send('find') },
      ],
    },
    {
      label: t.view,
      submenu: [
        { label: t.palette, accelerator: 'CmdOrCtrl+K', click: () => actions.send('palette') },
        separator,
        { role: 'reload', label: t.reload },
        { role: 'forceReload', label: t.forceReload },
        ...(options.isPackaged ? [] : [{ role: 'toggleDevTools', label: t.devTools } as const]),
        separator,
        { role: 'resetZoom', label: t.resetZoom },
        { role: 'zoomIn', label: t.zoomIn },
        { role: 'zoomOut', label: t.zoomOut },
        separator,
        { role: 'togglefullscreen', label: t.fullscreen },
      ],
    },
    {
      label: t.window,
      submenu: mac
        ? [
            { role: 'minimize', label: t.minimize },
            { role: 'zoom', label: t.zoom },
            separator,
            { role: 'front', label: t.front },
          ]
        : [
            { role: 'minimize', label: t.minimize },
            { role: 'close', label: t.close },
          ],
    },
    {
      label: t.help,
      role: 'help',
      submenu: [
        { label: t.checkForUpdates, click: () => actions.checkForUpdates() },
        { label: t.reportProblem, click: () => actions.reportProblem() },
        separator,
        { role: 'about', label: t.about },
      ],
    },
  ]
  // macOS puts the application's own menu (About, Hide, Quit) first.
  return mac ? [{ role: 'appMenu' }, ...template] : template
}

export function installMenu(options: MenuOptions, actions: MenuActions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(options, actions)))
}
