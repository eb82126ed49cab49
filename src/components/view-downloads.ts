/** "Download this view": the SVG, PNG and CSV of what the reader sees. */
import { tableToCsv } from '../figures/csv.ts';
import type { AnyTableRow, ColumnDefinition } from '../figures/spec.ts';

function download(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The SVG the reader sees, standalone: with the figure's <style> put back inside it. */
function svgMarkup(svg: SVGSVGElement | null, style: HTMLStyleElement | null): string {
  if (!svg) return '';
  const copy = svg.cloneNode(true) as SVGSVGElement;
  if (style && !copy.querySelector(':scope > style')) copy.prepend(style.cloneNode(true));
  return new XMLSerializer().serializeToString(copy);
}

export function downloadSvg(name: string, svg: SVGSVGElement | null, style: HTMLStyleElement | null): void {
  download(name, new Blob([svgMarkup(svg, style)], { type: 'image/svg+xml' }));
}

export function downloadCsv(name: string, columns: readonly ColumnDefinition[], rows: readonly AnyTableRow[]): void {
  download(name, new Blob([tableToCsv(columns, rows)], { type: 'text/csv' }));
}

/** Rasterises the SVG the reader sees at 3× (as the build-time figure.png), in the browser. */
export async function downloadPng(name: string, svg: SVGSVGElement | null, style: HTMLStyleElement | null, scale = 3) {
  const url = URL.createObjectURL(new Blob([svgMarkup(svg, style)], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth * scale;
    canvas.height = image.naturalHeight * scale;
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#fff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
    download(name, blob);
  } finally {
    URL.revokeObjectURL(url);
  }
}
