/**
 * A figure's SVG rasterised to PNG at build time, for slides and papers.
 * resvg with fonts shipped through npm (DejaVu Sans), never the machine's own,
 * so the same SVG gives the same PNG bytes on every machine.
 */
import { Resvg } from '@resvg/resvg-js';
import { createRequire } from 'node:module';
import { resolveThemeTokens } from '../theme.ts';

const require = createRequire(import.meta.url);
const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((name) =>
  require.resolve(`dejavu-fonts-ttf/ttf/${name}`),
);

/** Pixels per SVG unit: a 640-unit-wide figure becomes 1920 px, sharp on slides and in print. */
export const PNG_SCALE = 3;

export function svgToPng(svg: string, scale = PNG_SCALE): Uint8Array {
  // resvg draws a CSS custom property black: figure tokens become their light values (theme.ts).
  const resvg = new Resvg(resolveThemeTokens(svg), {
    fitTo: { mode: 'zoom', value: scale },
    background: '#ffffff',
    font: {
      loadSystemFonts: false,
      fontFiles: FONT_FILES,
      defaultFontFamily: 'DejaVu Sans',
      sansSerifFamily: 'DejaVu Sans',
    },
  });
  return resvg.render().asPng();
}
