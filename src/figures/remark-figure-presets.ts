/**
 * Remark plugin: one essay, one set of starting values. It reads every
 * `<Figure id="…" params={{ key: number }} />` in an MDX file, checks each
 * preset against its spec (validatePreset), merges them into the page's
 * preset, and hands that to every <Figure> and <FigureValue> on the page as a
 * `pagePreset` JSON attribute. So prose numbers and figures that share a key
 * start from the same value, wherever they stand in the essay.
 *
 * Errors name the essay's file, line and column:
 *   src/content/essays/x.mdx:42:1 meek-loss-gap v2: preset g_i = 20 is outside its range [1.1, 10] ×/yr
 */
import { getFigure } from './registry.ts';
import { validatePreset } from './presets.ts';

interface Point {
  line: number;
  column: number;
}
interface Node {
  type: string;
  name?: string | null;
  attributes?: Attribute[];
  children?: Node[];
  position?: { start: Point };
}
interface Attribute {
  type: string;
  name?: string;
  value?: string | { type: string; value: string; data?: { estree?: Estree } } | null;
}
interface Estree {
  type: string;
  body?: Estree[];
  expression?: Estree;
  properties?: Estree[];
  key?: Estree;
  value?: unknown;
  name?: string;
  operator?: string;
  argument?: Estree;
  computed?: boolean;
}
interface VFileLike {
  path?: string;
  cwd?: string;
}

function walk(node: Node, visit: (node: Node) => void): void {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

const isElement = (node: Node, name: string) =>
  (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === name;

function attribute(node: Node, name: string): Attribute | undefined {
  return node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
}

function stringAttribute(node: Node, name: string): string | undefined {
  const value = attribute(node, name)?.value;
  return typeof value === 'string' ? value : undefined;
}

/** A number literal, or a negated one. */
function literalNumber(node: Estree | undefined): unknown {
  if (node?.type === 'Literal') return node.value;
  if (node?.type === 'UnaryExpression' && node.operator === '-' && node.argument?.type === 'Literal') {
    return typeof node.argument.value === 'number' ? -node.argument.value : undefined;
  }
  return undefined;
}

/** `{{ g_i: 2.4, budget: 1e6 }}` as a plain object; anything but number literals is an error. */
function presetObject(attr: Attribute, where: string): Record<string, unknown> {
  const value = attr.value;
  const program = typeof value === 'object' && value ? value.data?.estree : undefined;
  const object = program?.body?.[0]?.expression;
  if (object?.type !== 'ObjectExpression') {
    throw new Error(`${where} <Figure params={…}> must be an object literal such as params={{ g_i: 2.4 }}`);
  }
  const preset: Record<string, unknown> = {};
  for (const property of object.properties ?? []) {
    const key = property.key?.type === 'Identifier' ? property.key.name : property.key?.value;
    if (property.type !== 'Property' || property.computed || typeof key !== 'string') {
      throw new Error(`${where} <Figure params={…}> takes plain keys with number values, e.g. {{ g_i: 2.4 }}`);
    }
    preset[key] = literalNumber(property.value as Estree);
  }
  return preset;
}

export default function remarkFigurePresets() {
  return (tree: Node, file: VFileLike) => {
    const path =
      file.path && file.cwd && file.path.startsWith(file.cwd) ? file.path.slice(file.cwd.length + 1) : file.path;
    const at = (node: Node) =>
      `${path ?? '<essay>'}:${node.position?.start.line ?? 0}:${node.position?.start.column ?? 0}`;
    const page: Record<string, number> = {};
    const setBy: Record<string, string> = {};
    const hosts: Node[] = [];

    walk(tree, (node) => {
      const figure = isElement(node, 'Figure');
      if (figure || isElement(node, 'FigureValue')) hosts.push(node);
      if (!figure) return;
      const attr = attribute(node, 'params');
      const id = stringAttribute(node, 'id');
      if (!attr || !id) return;
      const versionAttr = attribute(node, 'version')?.value;
      const version =
        typeof versionAttr === 'object' && versionAttr
          ? String(literalNumber(versionAttr.data?.estree?.body?.[0]?.expression))
          : (versionAttr ?? undefined);
      let spec;
      try {
        spec = getFigure(id, version === undefined ? undefined : Number(version));
      } catch (error) {
        throw new Error(`${at(node)} ${(error as Error).message}`, { cause: error });
      }
      const preset = presetObject(attr, at(node));
      try {
        validatePreset(spec, preset);
      } catch (error) {
        throw new Error(`${at(node)} ${(error as Error).message}`, { cause: error });
      }
      for (const [key, value] of Object.entries(preset) as [string, number][]) {
        if (key in page && page[key] !== value) {
          throw new Error(
            `${at(node)} ${id}: preset ${key} = ${value} disagrees with ${key} = ${page[key]} set at ${setBy[key]}; figures in one essay share a parameter, so give it one starting value`,
          );
        }
        page[key] = value;
        setBy[key] = at(node);
      }
    });

    if (Object.keys(page).length === 0) return;
    const json = JSON.stringify(page);
    for (const node of hosts) {
      node.attributes = [
        ...(node.attributes ?? []).filter((a) => a.name !== 'pagePreset'),
        { type: 'mdxJsxAttribute', name: 'pagePreset', value: json },
      ];
    }
  };
}
