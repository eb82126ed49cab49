/** subset-font ships no types: the one call scripts/subset-fonts.ts makes (HarfBuzz's subsetter, WebAssembly). */
declare module 'subset-font' {
  export default function subsetFont(
    font: Buffer,
    text: string,
    options?: { targetFormat?: 'sfnt' | 'woff' | 'woff2'; preserveNameIds?: number[] },
  ): Promise<Buffer>;
}
