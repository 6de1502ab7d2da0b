// A document's MDX compiled as Astro will compile it (Sätteri, @astrojs/mdx's compiler, with
// the site's syntax), so that convert never hands the site a file that fails to build. The
// emitter escapes everything from the input; this is the net under it, and it names the input
// line of the block that did not compile.
import type { Root } from 'mdast';
import { mdxToJs } from 'satteri';
import { GazetteError } from '../parser/diagnostics.ts';
import type { ParsedDocument } from '../parser/index.ts';
import { bodyToMdx, documentToMdx, MDX_SYNTAX } from './mdx.ts';

const features = { gfm: MDX_SYNTAX.gfm, smartPunctuation: MDX_SYNTAX.smartypants };

/** Why MDX does not compile, or null when it does. */
export function mdxError(mdx: string): string | null {
  try {
    mdxToJs(mdx, { features });
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** The document as MDX; a GazetteError at the input line of the first block that does not compile. */
export function checkedMdx(file: string, doc: ParsedDocument): string {
  const mdx = documentToMdx(doc);
  const error = mdxError(mdx);
  if (error === null) return mdx;
  // Only on failure: each block on its own, to find the one to blame.
  const block = doc.body.children.find(
    (node) => mdxError(bodyToMdx({ type: 'root', children: [node] } satisfies Root)) !== null,
  );
  const line = block?.position?.start.line ?? doc.sourceLines[0];
  throw new GazetteError(file, line, 'mdx-does-not-compile', {
    order: doc.order,
    reason: error.replace(/^\d+:\d+: /, ''),
  });
}
