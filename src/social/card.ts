/**
 * Share cards (Open Graph, Twitter) as SVG, rasterised at build time by resvg
 * (src/figures/publishing/png.ts, DejaVu fonts from npm, so the bytes are the same on
 * every machine). Pure: text in, SVG text out. resvg does not wrap text, so
 * lines are broken here by an estimate of DejaVu Sans advance widths, erring
 * wide, and a title too long for its lines ends in an ellipsis.
 */
import { xmlEscape } from '../feeds/atom.ts';
import { SOCIAL_IMAGE } from './paths.ts';

const { width: W, height: H } = SOCIAL_IMAGE;
const PAPER = '#fdfcf9';
const INK = '#1b1b1f';
const MUTED = '#595964';
const ACCENT = '#1d5fa6';
const RULE = '#deded8';

/** Advance width of a character in em, roughly DejaVu Sans (bold ~8% wider). */
function charWidth(char: string): number {
  if (/[ilj.,:;'!|]/.test(char)) return 0.32;
  if (/[ frt()\-[\]]/.test(char)) return 0.42;
  if (/[mwMW@%]/.test(char)) return 0.95;
  if (/[A-Z&]/.test(char)) return 0.74;
  if (/[0-9]/.test(char)) return 0.64;
  return 0.62;
}

export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const char of text) em += charWidth(char);
  return em * fontSize * (bold ? 1.08 : 1);
}

/** Greedy line breaking at spaces; at most maxLines, the last ending in "…" when text is left over. */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines: number, bold = false): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (!line || textWidth(candidate, fontSize, bold) <= maxWidth) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last.includes(' ') && textWidth(`${last}…`, fontSize, bold) > maxWidth) last = last.replace(/\s+\S+$/, '');
  kept[maxLines - 1] = `${last.replace(/[\s,.;:]+$/, '')}…`;
  return kept;
}

function textBlock(lines: string[], x: number, y: number, size: number, lineHeight: number, attrs: string): string {
  return lines
    .map(
      (line, i) =>
        `<text x="${x}" y="${y + i * size * lineHeight}" font-size="${size}" ${attrs}>${xmlEscape(line)}</text>`,
    )
    .join('');
}

/**
 * A figure's SVG placed in a box, scaled to fit, on a white panel. Nested as an
 * <svg> element, not an <image>: resvg draws an image's text without the fonts
 * it was given, so the figure's labels would vanish.
 */
function figureImage(svg: string, x: number, y: number, w: number, h: number): string {
  const nested = svg.replace(/^\s*<\?xml[^>]*>\s*/, '').replace(/^<svg\b([^>]*)>/, (_, attributes: string) => {
    const kept = attributes.replace(/\s(?:x|y|width|height|preserveAspectRatio)="[^"]*"/g, '');
    return `<svg${kept} x="${x}" y="${y}" width="${w}" height="${h}" preserveAspectRatio="xMidYMid meet">`;
  });
  return `<rect x="${x - 12}" y="${y - 12}" width="${w + 24}" height="${h + 24}" rx="8" fill="#ffffff" stroke="${RULE}"/>${nested}`;
}

function frame(kicker: string, siteName: string, host: string, body: string): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="DejaVu Sans">`,
    `<rect width="${W}" height="${H}" fill="${PAPER}"/>`,
    `<rect width="16" height="${H}" fill="${ACCENT}"/>`,
    `<text x="64" y="76" font-size="28" font-weight="bold" fill="${INK}">${xmlEscape(siteName)}</text>`,
    `<text x="${W - 56}" y="76" font-size="24" fill="${MUTED}" text-anchor="end">${xmlEscape(kicker)}</text>`,
    body,
    `<text x="64" y="${H - 40}" font-size="22" fill="${MUTED}">${xmlEscape(host)}</text>`,
    '</svg>',
  ].join('');
}

export interface CardSite {
  readonly name: string;
  /** Shown at the foot of every card, e.g. "open-closed-ai.example". */
  readonly host: string;
}

/** An essay: its title and dek on the left, its lead figure on the right. */
export function essayCard(site: CardSite, title: string, dek: string, figureSvg: string | undefined): string {
  const textWidthMax = figureSvg ? 560 : W - 128;
  const titleLines = wrapText(title, textWidthMax, 52, 3, true);
  const titleEnd = 160 + (titleLines.length - 1) * 52 * 1.15;
  const dekLines = wrapText(dek, textWidthMax, 26, titleLines.length > 2 ? 4 : 6);
  return frame(
    'Essay',
    site.name,
    site.host,
    textBlock(titleLines, 64, 160, 52, 1.15, `font-weight="bold" fill="${INK}"`) +
      textBlock(dekLines, 64, titleEnd + 62, 26, 1.4, `fill="${MUTED}"`) +
      (figureSvg ? figureImage(figureSvg, 680, 130, 464, 400) : ''),
  );
}

/** A figure version: its title across the top, the figure itself below. */
export function figureCard(site: CardSite, title: string, version: number, figureSvg: string): string {
  const titleLines = wrapText(title, W - 128, 40, 2, true);
  const top = 150 + (titleLines.length - 1) * 46 + 32;
  return frame(
    `Figure · version ${version}`,
    site.name,
    site.host,
    textBlock(titleLines, 64, 150, 40, 1.15, `font-weight="bold" fill="${INK}"`) +
      figureImage(figureSvg, 84, top, W - 168, H - top - 96),
  );
}

/** Every other page: the publication's name and tagline. */
export function siteCard(site: CardSite, tagline: string): string {
  const lines = wrapText(tagline, W - 128, 56, 3, true);
  return frame('', site.name, site.host, textBlock(lines, 64, 260, 56, 1.2, `font-weight="bold" fill="${INK}"`));
}
