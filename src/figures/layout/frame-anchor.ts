/**
 * Where Plot puts a text that has no x or y channel: at its frameAnchor ('top', 'top-left', 'bottom-right', …) in
 * the plot area of the render call (one panel's, in a drawing of panels). LabelLayout starts such a label there.
 *
 * @example frameX({ frameAnchor: 'top-left' }, { width: 640, marginLeft: 40, marginRight: 20 }) // 40
 */

/** The x of a label placed by frameAnchor (no x channel), as Plot computes it. */
export function frameX(
  mark: { readonly frameAnchor?: string },
  d: { width: number; marginLeft: number; marginRight: number },
): number {
  const anchor = mark.frameAnchor ?? 'middle';
  return /left$/.test(anchor)
    ? d.marginLeft
    : /right$/.test(anchor)
      ? d.width - d.marginRight
      : (d.marginLeft + d.width - d.marginRight) / 2;
}

/** The y of a label placed by frameAnchor (no y channel), as Plot computes it. */
export function frameY(
  mark: { readonly frameAnchor?: string },
  d: { height: number; marginTop: number; marginBottom: number },
): number {
  const anchor = mark.frameAnchor ?? 'middle';
  return /^top/.test(anchor)
    ? d.marginTop
    : /^bottom/.test(anchor)
      ? d.height - d.marginBottom
      : (d.marginTop + d.height - d.marginBottom) / 2;
}
