import react from '@vitejs/plugin-react'
import { defineConfig, externalizeDepsPlugin } from 'electron-vite'
import { resolve } from 'node:path'

/**
 * main: the Electron entry, the core's worker thread and an import's .xlsx reader thread
 * (better-sqlite3 stays external: it is a native module loaded through `nativeBinding`).
 * preload: window.kehu.
 * renderer: the React app, also served by `kehu serve` in browser mode.
 */
export default defineConfig({
  main: {
    plugins: [externalizeDepsPlugin()],
    build: {
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/electron/index.ts'),
          worker: resolve(__dirname, 'src/main/core/worker.ts'),
          'xlsx-reader': resolve(__dirname, 'src/main/core/excel/xlsx-thread-worker.ts'),
        },
      },
    },
  },
  preload: {
    plugins: [externalizeDepsPlugin()],
    build: {
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    base: './',
    plugins: [react()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      // electron-vite leaves the renderer unminified; browser mode and first paint want it small.
      minify: true,
      chunkSizeWarningLimit: 1500,
      rollupOptions: { input: resolve(__dirname, 'src/renderer/index.html') },
    },
  },
})
