import { useEffect } from 'react'
import { useLocation, useNavigate } from 'react-router'
import type { RendererCommand } from '../../../../../shared/ipc'
import { rememberView } from '../lastView'

/** Waits for an element that a navigation is about to render (a few frames at most). */
function focusWhenThere(selector: string, triesLeft = 30): void {
  const element = document.querySelector<HTMLElement>(selector)
  if (element) {
    element.focus()
    if (element instanceof HTMLInputElement) element.select()
    return
  }
  if (triesLeft > 0) requestAnimationFrame(() => focusWhenThere(selector, triesLeft - 1))
}

/**
 * The native menu's commands (Ctrl+N new customer, Ctrl+F find, Ctrl+P print, Ctrl+K
 * palette, Ctrl+, settings) arrive from the main process through window.kehu.on('command').
 * Also remembers the current view for the next start. Nothing happens in browser mode.
 */
export function useDesktopCommands(): void {
  const navigate = useNavigate()
  const location = useLocation()

  useEffect(() => {
    rememberView(`${location.pathname}${location.search}`)
  }, [location.pathname, location.search])

  useEffect(() => {
    const bridge = window.kehu
    if (!bridge) return
    const run = (command: RendererCommand) => {
      switch (command) {
        case 'newCustomer':
          void navigate('/customers?customer=new')
          break
        case 'find':
          if (location.pathname !== '/customers') void navigate('/customers')
          focusWhenThere(
            '[data-testid="customer-search"] input, input[data-testid="customer-search"]',
          )
          break
        case 'print':
          window.print()
          break
        case 'palette':
          document.querySelector<HTMLElement>('[data-testid="palette-trigger"]')?.click()
          break
        case 'settings':
          void navigate('/settings')
          break
      }
    }
    return bridge.on('command', run)
  }, [navigate, location.pathname])
}
