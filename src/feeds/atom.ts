/**
 * An Atom 1.0 feed (RFC 4287) as text. Pure: the same entries give the same
 * bytes, and the feed's <updated> is its newest entry's (never the build time),
 * so two builds agree.
 */

export interface FeedEntry {
  /** Absolute URL of the entry's page; also its Atom id. */
  readonly url: string;
  readonly title: string;
  readonly summary: string;
  /** ISO dates (YYYY-MM-DD). */
  readonly published: string;
  readonly updated: string;
  readonly authors: readonly string[];
  readonly categories?: readonly string[];
}

export interface AtomFeed {
  readonly title: string;
  readonly subtitle: string;
  /** Absolute URL of the feed itself. */
  readonly selfUrl: string;
  /** Absolute URL of the site (the feed's alternate link). */
  readonly siteUrl: string;
  readonly entries: readonly FeedEntry[];
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text safe inside an XML element or attribute; control characters XML 1.0 forbids are dropped. */
export function xmlEscape(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '').replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);
}

/** Midnight UTC of an ISO date, as Atom's date-time. */
const atomDate = (date: string) => `${date.slice(0, 10)}T00:00:00Z`;

/** Entries newest first (by updated, then published, then URL), so the order never depends on input order. */
export function newestFirst<T extends FeedEntry>(entries: readonly T[]): T[] {
  return [...entries].sort(
    (a, b) =>
      b.updated.localeCompare(a.updated) || b.published.localeCompare(a.published) || a.url.localeCompare(b.url),
  );
}

export function atomFeed(feed: AtomFeed): string {
  const entries = newestFirst(feed.entries);
  const updated = entries[0]?.updated ?? '1970-01-01';
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    `  <title>${xmlEscape(feed.title)}</title>`,
    `  <subtitle>${xmlEscape(feed.subtitle)}</subtitle>`,
    `  <id>${xmlEscape(feed.selfUrl)}</id>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlEscape(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlEscape(feed.siteUrl)}"/>`,
    `  <updated>${atomDate(updated)}</updated>`,
  ];
  for (const entry of entries) {
    lines.push(
      '  <entry>',
      `    <title>${xmlEscape(entry.title)}</title>`,
      `    <id>${xmlEscape(entry.url)}</id>`,
      `    <link rel="alternate" type="text/html" href="${xmlEscape(entry.url)}"/>`,
      `    <published>${atomDate(entry.published)}</published>`,
      `    <updated>${atomDate(entry.updated)}</updated>`,
      ...entry.authors.map((name) => `    <author><name>${xmlEscape(name)}</name></author>`),
      ...(entry.categories ?? []).map((term) => `    <category term="${xmlEscape(term)}"/>`),
      `    <summary>${xmlEscape(entry.summary)}</summary>`,
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}
