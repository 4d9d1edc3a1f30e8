/**
 * Saves bytes made in the browser as a file the reader downloads (the basket's annex, a list's
 * CSV or JSON, the contribute form's entry file). Browser-only: used by the islands beside it.
 */
export function downloadFile(bytes: BlobPart, type: string, name: string): void {
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: some browsers start the download after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
