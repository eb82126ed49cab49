/**
 * Reading MDX JSX elements (`<Figure id="…" params={{ g_i: 2 }} />`) in the
 * mdast tree: their string attributes and literal object/number expressions.
 */
import type { Node } from 'unist';

export interface JsxAttribute {
  readonly type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  readonly name?: string;
  readonly value?: string | null | { readonly value: string; readonly data?: { readonly estree?: unknown } };
  readonly position?: Node['position'];
}

export interface JsxElement extends Node {
  readonly type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  readonly name: string | null;
  /** Mutable: the page-preset step adds `pagePreset` (remark-figures.ts). */
  attributes: JsxAttribute[];
  readonly children: Node[];
}

export function isJsxElement(node: Node): node is JsxElement {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

export function attribute(element: JsxElement, name: string): JsxAttribute | undefined {
  return element.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
}

/** A string attribute (`id="x"`), or undefined when absent or an expression. */
export function stringAttribute(element: JsxElement, name: string): string | undefined {
  const value = attribute(element, name)?.value;
  return typeof value === 'string' ? value : undefined;
}

interface EsNode {
  type: string;
  [key: string]: unknown;
}

/** The literal value of an estree expression made of numbers, strings, booleans, objects and arrays. */
function literal(node: EsNode): unknown {
  switch (node.type) {
    case 'Literal':
      return node.value;
    case 'UnaryExpression': {
      const value = literal(node.argument as EsNode);
      if (typeof value !== 'number') throw new Error('not a literal');
      if (node.operator === '-') return -value;
      if (node.operator === '+') return value;
      throw new Error('not a literal');
    }
    case 'ArrayExpression':
      return (node.elements as EsNode[]).map(literal);
    case 'ObjectExpression':
      return Object.fromEntries(
        (node.properties as EsNode[]).map((p) => {
          if (p.type !== 'Property' || p.computed) throw new Error('not a literal');
          const key = p.key as EsNode;
          const name = key.type === 'Identifier' ? (key.name as string) : String(literal(key));
          return [name, literal(p.value as EsNode)];
        }),
      );
    default:
      throw new Error('not a literal');
  }
}

/**
 * The value of an expression attribute (`params={{ g_i: 2.4 }}`, `version={1}`),
 * or `{ error }` when it is not a plain literal the build can check.
 */
export function expressionAttribute(
  element: JsxElement,
  name: string,
): { value: unknown } | { error: string } | undefined {
  const attr = attribute(element, name);
  if (!attr) return undefined;
  if (typeof attr.value === 'string') return { value: attr.value };
  const program = attr.value?.data?.estree as { body?: { expression?: EsNode }[] } | undefined;
  const expression = program?.body?.[0]?.expression;
  if (!expression) return { error: `${name} must be a literal value` };
  try {
    return { value: literal(expression) };
  } catch {
    return { error: `${name}={${attr.value?.value ?? ''}} must be a literal (numbers, strings, objects)` };
  }
}
