// The net under the emitter: a document whose MDX would not compile is refused at its input line.
import { describe, expect, it } from 'vitest';
import { checkedMdx, mdxError } from '../../src/emit/check.ts';
import { firstDocument } from '../parser/helpers.ts';

const NOTICE =
  '江城市临河区人民政府关于甲的通知\n\n临府发〔2022〕1号\n\n各乡镇：\n\nexport const a = 1。\n\nimport x from "y"。\n\n2022年3月1日\n';

describe('checkedMdx', () => {
  it('passes a document whose paragraphs begin with export and import, as text', () => {
    const mdx = checkedMdx('content/linhe/2022-1.txt', firstDocument(NOTICE));
    expect(mdxError(mdx)).toBeNull();
    expect(mdx).toContain('&#x65;xport const a = 1');
    expect(mdx).toContain('&#x69;mport x from "y"');
  });

  it('names the input file and line of a block that does not compile', () => {
    const doc = firstDocument(NOTICE);
    const line = doc.body.children.at(-2)!.position!.start.line;
    // Raw HTML is never made from the input; here it stands for an escape the serializer missed.
    doc.body.children.splice(-1, 0, {
      type: 'html',
      value: '<Unclosed>',
      position: { start: { line, column: 1 }, end: { line, column: 11 } },
    });
    let refusal: unknown;
    try {
      checkedMdx('content/linhe/2022-1.txt', doc);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toMatchObject({
      file: 'content/linhe/2022-1.txt',
      line,
      code: 'mdx-does-not-compile',
      params: { order: 1, reason: expect.stringContaining('Unclosed') },
    });
  });
});
