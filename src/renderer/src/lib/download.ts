/**
 * Files the core hands back as `{ name, base64 }` (API.md "Conventions"), saved the way a
 * browser saves a download: a Blob and a link. (Electron's native save dialog can take
 * this over later; the Blob works in both.)
 */
export function downloadFile(file: { name: string; base64: string }): void {
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0))
  const blob = new Blob([bytes], {
    type: file.name.endsWith('.xlsx')
      ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
      : 'application/octet-stream',
  })
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = file.name
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** A file the user chose, as the API takes it. */
export function readFileAsBase64(file: File): Promise<{ name: string; base64: string }> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'))
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : ''
      resolve({ name: file.name, base64: url.slice(url.indexOf(',') + 1) })
    }
    reader.readAsDataURL(file)
  })
}
