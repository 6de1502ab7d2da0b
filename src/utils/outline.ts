// What a long document's navigation needs of its headings: the contents list and the
// panel's links to the attachments. Pure, so that the rules are unit-tested.
import { matchKey } from '../parser/text.ts';

/** A rendered heading, as Astro's render() lists it. */
export interface RenderedHeading {
  depth: number;
  slug: string;
  text: string;
}

export interface ContentsEntry extends RenderedHeading {
  /** 附件 or 附件N for an attachment's section, so that the list says what it is. */
  label: string | null;
}

/**
 * The headings a contents list shows: the embedded and attachment titles and the outline down
 * to its second level (一、 and （一）), the attachments labelled; none for fewer than two.
 */
export function contentsOf(
  headings: RenderedHeading[],
  attachments: Array<string | null> = [],
): ContentsEntry[] {
  const shown = headings.filter((h) => h.depth <= 4);
  const label = (slug: string) => {
    const n = attachments.indexOf(slug);
    return n < 0 ? null : attachments.length > 1 ? `附件${n + 1}` : '附件';
  };
  return shown.length >= 2 ? shown.map((h) => ({ ...h, label: label(h.slug) })) : [];
}

/** For each attachment the panel lists, the anchor of its section, if the body holds one with that title. */
export function attachmentAnchors(
  attachments: string[],
  headings: RenderedHeading[],
): Array<string | null> {
  return attachments.map((title) => {
    const key = matchKey(title);
    return (
      headings.find((h) => h.depth === 2 && key !== '' && matchKey(h.text) === key)?.slug ?? null
    );
  });
}
