// A document body's MDX (src/emit/mdx.ts) as HTML, made once in the content layer instead of
// compiling, bundling and importing one module a document (src/render/loader.ts). The MDX is
// parsed by the parser @astrojs/mdx uses (Sätteri), and the emitter's fixed set of JSX is
// written out as the module-per-document rendering writes it, byte for byte:
// - Sätteri's compiler (`optimizeStatic`, as astro.config.mjs sets it) turns each run of
//   sibling nodes without a component into static HTML, escaping `& < >` in text and
//   `& " ' \`` in attributes; a run of text alone stays text, and Astro's runtime escapes it,
//   with `& < > ' "`, as it does every element around a component (`& "` in attributes);
// - lowercase JSX with attributes (the tables' `div` and merged `td`) is never static;
// - <Gbt> is written as src/components/Gbt.astro wrote it;
// - headings get the ids and the list @astrojs/markdown-satteri gives them (github-slugger);
// - <DocRef> is left to the page: its content is written in place, and its place in the HTML
//   kept, so that the page links it when the site holds that document (src/render/page.ts).
import Slugger from 'github-slugger';
import { mdxToHast, type HastNode } from 'satteri';
import { MDX_SYNTAX } from '../emit/mdx.ts';

/** A heading of the body, as Astro's render() lists it. */
export interface BodyHeading {
  depth: number;
  slug: string;
  text: string;
}

/** A <DocRef>: the 发文字号 it names, and where its content lies in the body's HTML. */
export interface DocRefSpan {
  number: string;
  start: number;
  end: number;
}

export interface RenderedBody {
  html: string;
  headings: BodyHeading[];
  docRefs: DocRefSpan[];
}

export const MDX_FEATURES = { gfm: MDX_SYNTAX.gfm, smartPunctuation: MDX_SYNTAX.smartypants };

type Node = HastNode;
type Element = Extract<Node, { type: 'element' }>;
type JsxElement = Extract<Node, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;
type Parent = Extract<Node, { children: unknown }>;

const VOID = /^(?:area|base|br|col|embed|hr|img|input|link|meta|param|source|track|wbr)$/;

/** Sätteri's static HTML: text. */
const staticText = (s: string) =>
  s.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);
/** Sätteri's static HTML: an attribute value. */
const staticValue = (s: string) =>
  s.replace(/[&"'`]/g, (c) => ({ '&': '&amp;', '"': '&quot;', "'": '&#x27;', '`': '&#x60;' })[c]!);
/** Astro's runtime: text (escapeHTML). */
const runtimeText = (s: string) =>
  s.replace(
    /[&<>'"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' })[c]!,
  );
/** Astro's runtime: an attribute value (toAttributeString). */
const runtimeValue = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** A hast property's attribute name, as hast-util-to-html (and Sätteri) write it. */
function attributeName(property: string): string {
  if (property === 'className') return 'class';
  if (property === 'htmlFor') return 'for';
  if (/^(?:aria|data)[A-Z]/.test(property))
    return property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  return property.toLowerCase();
}

/**
 * An element's attributes as [name, value]. The emitter writes string values only, and
 * Markdown gives no boolean property without GFM (task lists): anything else is refused
 * rather than written in a way the compiler might not.
 */
function attributes(node: Element | JsxElement): Array<[string, string]> {
  if (node.type === 'element')
    return Object.entries(node.properties ?? {}).map(([key, value]): [string, string] => {
      if (typeof value === 'boolean' || value === null || value === undefined)
        throw new Error(
          `<${node.tagName} ${key}>: a boolean property, which the emitter never writes`,
        );
      return [attributeName(key), Array.isArray(value) ? value.join(' ') : String(value)];
    });
  return node.attributes.map((a) => {
    if (a.type !== 'mdxJsxAttribute' || typeof a.value !== 'string')
      throw new Error(
        `<${node.name}>: an attribute without a string value, which the emitter never writes`,
      );
    return [a.name, a.value];
  });
}

/** Lowercase JSX without attributes is an element to Sätteri's compiler; with them, it stays JSX. */
const isPlainJsx = (node: JsxElement) =>
  /^[a-z]/.test(node.name ?? '') && node.attributes.length === 0;

function isStatic(node: Node): boolean {
  switch (node.type) {
    case 'text':
    case 'raw':
    case 'comment':
      return true;
    case 'element':
      return node.children.every(isStatic);
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return isPlainJsx(node) && node.children.every(isStatic);
    default:
      return false;
  }
}

const textContent = (node: Node): string =>
  'value' in node && typeof node.value === 'string'
    ? node.value
    : 'children' in node
      ? (node.children as Node[]).map(textContent).join('')
      : '';

const jsxAttribute = (node: JsxElement, name: string): string | undefined => {
  const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
};

class BodyWriter {
  html = '';
  docRefs: DocRefSpan[] = [];
  /** Inside a <DocRef>: a link cannot hold a link, so an inner one is its content only. */
  private inDocRef = false;

  /** Children as the compiler groups them: runs of static siblings, each run text alone or HTML. */
  children(nodes: Node[]): void {
    for (let i = 0; i < nodes.length;) {
      if (!isStatic(nodes[i]!)) {
        this.node(nodes[i++]!);
        continue;
      }
      let end = i;
      while (end < nodes.length && isStatic(nodes[end]!)) end++;
      const run = nodes.slice(i, end);
      if (run.every((n) => n.type === 'text'))
        for (const n of run) this.html += runtimeText(n.value);
      else for (const n of run) this.staticNode(n);
      i = end;
    }
  }

  /** A slot of an Astro component: nothing when it is only white space, as Astro drops it. */
  private slot(nodes: Node[]): string {
    const start = this.html.length;
    this.children(nodes);
    const content = this.html.slice(start);
    if (content.trim() === '') this.html = this.html.slice(0, start);
    return content.trim() === '' ? '' : content;
  }

  private staticNode(node: Node): void {
    switch (node.type) {
      case 'text':
        this.html += staticText(node.value);
        return;
      case 'raw':
        this.html += node.value;
        return;
      case 'comment':
        this.html += `<!--${node.value}-->`;
        return;
      case 'element':
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const tag = node.type === 'element' ? node.tagName : node.name!;
        this.html += `<${tag}`;
        for (const [name, value] of attributes(node))
          this.html += ` ${name}="${staticValue(value)}"`;
        this.html += '>';
        if (VOID.test(tag)) return;
        for (const child of node.children) this.staticNode(child);
        this.html += `</${tag}>`;
        return;
      }
      default:
        throw new Error(`a ${node.type} node in static HTML`);
    }
  }

  private node(node: Node): void {
    switch (node.type) {
      case 'element':
        return this.runtimeElement(node.tagName, node);
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        if (node.name === 'Gbt') return this.gbt(node);
        if (node.name === 'DocRef') return this.docRef(node);
        if (/^[a-z]/.test(node.name ?? '')) return this.runtimeElement(node.name!, node);
        throw new Error(`<${node.name}> is not a component the emitter writes`);
      default:
        throw new Error(`${node.type} is not MDX the emitter writes`);
    }
  }

  /** An element around a component: Astro's JSX runtime writes it (renderElement). */
  private runtimeElement(tag: string, node: Element | JsxElement): void {
    this.html += `<${tag}`;
    for (const [name, value] of attributes(node))
      this.html += value === '' ? ` ${name}` : ` ${name}="${runtimeValue(value)}"`;
    this.html += '>';
    this.children(node.children);
    this.html += `</${tag}>`;
  }

  /** src/components/Gbt.astro as it rendered: a title an editor corrected is the <h1>, the printed one below. */
  private gbt(node: JsxElement): void {
    const el = jsxAttribute(node, 'el') ?? '';
    const corrected = jsxAttribute(node, 'corrected');
    if (corrected) {
      this.html += `<h1 class="gbt gbt-title">${runtimeText(corrected)}</h1><div class="gbt gbt-printed-title">刊印标题：`;
      this.slot(node.children);
      this.html += '</div>';
      return;
    }
    const tag = el === 'title' ? 'h1' : 'div';
    this.html += `<${tag} class="${runtimeValue(`gbt gbt-${el}`)}">`;
    this.slot(node.children);
    this.html += `</${tag}>`;
  }

  private docRef(node: JsxElement): void {
    const number = jsxAttribute(node, 'number');
    if (this.inDocRef || number === undefined) {
      this.slot(node.children);
      return;
    }
    this.inDocRef = true;
    const start = this.html.length;
    this.slot(node.children);
    this.inDocRef = false;
    this.docRefs.push({ number, start, end: this.html.length });
  }
}

/** Ids for the headings, as @astrojs/markdown-satteri gives them (in document order, an id they have kept). */
function headingIds(root: Node): BodyHeading[] {
  const slugger = new Slugger();
  const headings: BodyHeading[] = [];
  const visit = (node: Node) => {
    if (node.type === 'element' && /^h[1-6]$/.test(node.tagName)) {
      const text = textContent(node);
      const existing = node.properties?.id;
      const slug = typeof existing === 'string' ? existing : slugger.slug(text);
      node.properties = { ...node.properties, id: slug };
      headings.push({ depth: Number(node.tagName[1]), slug, text });
    }
    if ('children' in node) for (const child of (node as Parent).children) visit(child as Node);
  };
  visit(root);
  return headings;
}

/** A document's MDX body (without its frontmatter) as HTML, its headings and its <DocRef>s. */
export function renderBody(mdx: string): RenderedBody {
  const root = mdxToHast(mdx, { features: MDX_FEATURES, position: false });
  const headings = headingIds(root);
  const writer = new BodyWriter();
  writer.children((root as Parent).children as Node[]);
  return { html: writer.html, headings, docRefs: writer.docRefs };
}

/** A piece of the body as the page writes it: HTML, or a <DocRef> with its content's HTML. */
export type BodyPart = string | { number: string; html: string };

/** The body cut at its <DocRef>s, in order. */
export function bodyParts(html: string, docRefs: DocRefSpan[]): BodyPart[] {
  const parts: BodyPart[] = [];
  let at = 0;
  for (const { number, start, end } of docRefs) {
    parts.push(html.slice(at, start), { number, html: html.slice(start, end) });
    at = end;
  }
  parts.push(html.slice(at));
  return parts;
}
