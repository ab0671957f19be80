import { createContext } from 'react'

/** The width in CSS px a chart in the print layout is drawn at (the page's content width). */
export const PrintWidthContext = createContext<number>(700)
