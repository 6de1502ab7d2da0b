// The body renderer's rules, one by one, on MDX the emitter writes. That every page comes out
// as the module-per-document rendering made it is tests/site/body-rendering.test.ts.
import type { Root, RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { bodyToMdx } from '../../src/emit/mdx.ts';
import { bodyParts, renderBody } from '../../src/render/body.ts';

const text = (value: string) => ({ type: 'text' as const, value });
const body = (children: RootContent[], cites: string[] = [], correctedTitle?: string) =>
  renderBody(bodyToMdx({ type: 'root', children } satisfies Root, cites, correctedTitle));

describe('renderBody', () => {
  it('escapes text as the compiler does in static HTML, and as Astro does around a component', () => {
    const quoted = '“A & B” <C> \'D\' "E"';
    const { html } = body(
      [
        { type: 'paragraph', children: [text(quoted)] },
        { type: 'paragraph', children: [text(`${quoted} 见国发〔2016〕1号`)] },
      ],
      ['国发〔2016〕1号'],
    );
    expect(html).toBe(
      '<p>“A &amp; B” &lt;C&gt; \'D\' "E"</p>\n' +
        '<p>“A &amp; B” &lt;C&gt; &#39;D&#39; &quot;E&quot; 见国发〔2016〕1号</p>',
    );
  });

  it('writes GB/T 9704 elements as the Gbt component did, a corrected title above the printed one', () => {
    const printed = { type: 'gbtElement', name: 'title', children: [text('关于“甲”的通知')] };
    expect(body([printed as RootContent]).html).toBe(
      '<h1 class="gbt gbt-title">关于“甲”的通知</h1>',
    );
    expect(body([printed as RootContent], [], "关于'乙'的通知").html).toBe(
      '<h1 class="gbt gbt-title">关于&#39;乙&#39;的通知</h1>' +
        '<div class="gbt gbt-printed-title">刊印标题：关于“甲”的通知</div>',
    );
  });

  it('gives headings the ids and the list Astro gives them', () => {
    const heading = (value: string): RootContent => ({
      type: 'heading',
      depth: 2,
      children: [text(value)],
    });
    const { html, headings } = body([heading('一、总则'), heading('一、总则')]);
    expect(html).toBe('<h2 id="一总则">一、总则</h2>\n<h2 id="一总则-1">一、总则</h2>');
    expect(headings).toEqual([
      { depth: 2, slug: '一总则', text: '一、总则' },
      { depth: 2, slug: '一总则-1', text: '一、总则' },
    ]);
  });

  it('leaves each <DocRef> to the page, its content in place', () => {
    const { html, docRefs } = body(
      [{ type: 'paragraph', children: [text('根据昆政发〔2017〕25号和昆政发〔2017〕26号')] }],
      ['昆政发〔2017〕25号', '昆政发〔2017〕26号'],
    );
    expect(html).toBe('<p>根据昆政发〔2017〕25号和昆政发〔2017〕26号</p>');
    expect(bodyParts(html, docRefs)).toEqual([
      '<p>根据',
      { number: '昆政发〔2017〕25号', html: '昆政发〔2017〕25号' },
      '和',
      { number: '昆政发〔2017〕26号', html: '昆政发〔2017〕26号' },
      '</p>',
    ]);
  });

  it('makes a <DocRef> inside a <DocRef> its content: a link holds no link', () => {
    const { docRefs } = renderBody(
      '<DocRef number="甲〔2017〕1号">通知(<DocRef number="甲〔2017〕1号">甲〔2017〕1号</DocRef>)</DocRef>\n',
    );
    expect(docRefs).toHaveLength(1);
  });

  it('refuses MDX the emitter never writes', () => {
    expect(() => renderBody('<Chart data="x" />\n')).toThrow('<Chart>');
    expect(() => renderBody('{1 + 1}\n')).toThrow('mdxFlowExpression');
  });
});
