/** Reading tags out of built HTML in build tests: <meta> content by property or name, <link> by rel. */

const ENTITIES: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&#39;': "'", '&lt;': '<', '&gt;': '>' };
export const decodeEntities = (text: string) => text.replace(/&(?:amp|quot|#39|lt|gt);/g, (e) => ENTITIES[e] ?? e);

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return match ? decodeEntities(match[1]!) : undefined;
}

/** Content of every <meta property|name="key">, in document order. */
export function metaContents(html: string, key: string): string[] {
  return [...html.matchAll(/<meta\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => attribute(tag, 'property') === key || attribute(tag, 'name') === key)
    .map((tag) => attribute(tag, 'content') ?? '');
}

export const metaContent = (html: string, key: string): string | undefined => metaContents(html, key)[0];

/** Every <link> with this rel, as its attributes. */
export function links(html: string, rel: string): Record<string, string | undefined>[] {
  return [...html.matchAll(/<link\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => attribute(tag, 'rel') === rel)
    .map((tag) => ({ href: attribute(tag, 'href'), type: attribute(tag, 'type'), title: attribute(tag, 'title') }));
}

/** Width and height of a PNG, from its IHDR chunk. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  if (bytes.subarray(0, 8).toString('hex') !== '89504e470d0a1a0a') throw new Error('not a PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
