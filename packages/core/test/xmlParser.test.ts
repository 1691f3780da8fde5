// core's own XML reader (protocols/xmlParser.ts) against fast-xml-parser with the options
// core used before it (the reference for the tree shape the protocols expect), on
// generated documents, plus what the reference did not do (character references) and the
// documents that must be refused.
import fc from 'fast-check';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { parseXml, rootOf } from '../src/protocols/xmlParser.js';

const enc = (s: string) => new TextEncoder().encode(s);

const reference = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  htmlEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

function clean(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(clean);
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      if (k === '#text' && typeof x === 'string' && !x.trim()) continue;
      out[k] = clean(x);
    }
    const keys = Object.keys(out);
    return keys.length === 1 && keys[0] === '#text' ? out['#text'] : out;
  }
  return v;
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');

type El = { name: string; attrs: Array<[string, string]>; content: string | El[]; selfClose: boolean };
const name = fc.constantFrom('Key', 'Size', 'ETag', 'member', 'Contents', 'Name', 'x:Owner', 'Part-1', 'a_b.c');
const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('', ' ', ' spaced ', '"0123"', '007', 'true', 'a & b < c > d', "it's \"quoted\"", 'ünïcødé ☃', '\t\n x \n'),
);
const attrs = fc.array(fc.tuple(fc.constantFrom('id', 'xmlns', 'xsi:type', 'k'), text), { maxLength: 2 });
const sep = fc.constantFrom('', '\n', '\n  ', ' ');
const { el } = fc.letrec<{ el: El }>((tie) => ({
  el: fc.record({
    name,
    attrs,
    content: fc.oneof({ depthSize: 'small', withCrossShrink: true }, text, fc.array(tie('el'), { minLength: 1, maxLength: 4 })),
    selfClose: fc.boolean(),
  }),
}));

function render(e: El, gap: string): string {
  const a = e.attrs.map(([k, v]) => ` ${k}="${escapeAttr(v)}"`).join('');
  if (e.content === '' && e.selfClose) return `<${e.name}${a}/>`;
  const inner = typeof e.content === 'string' ? escapeText(e.content) : gap + e.content.map((c) => render(c, gap)).join(gap) + gap;
  return `<${e.name}${a}>${inner}</${e.name}>`;
}

describe('parseXml', () => {
  it('gives the tree fast-xml-parser gave (with the old options) for generated documents', () => {
    fc.assert(
      fc.property(el, sep, fc.boolean(), (root, gap, decl) => {
        const doc = `${decl ? '<?xml version="1.0" encoding="UTF-8"?>\n' : ''}<!-- c -->${render(root, gap)}\n`;
        expect(parseXml(enc(doc))).toEqual(clean(reference.parse(doc)));
      }),
      { numRuns: 400 },
    );
  });

  it('reads an S3 listing, an IAM answer and an error document', () => {
    const list = '<?xml version="1.0" encoding="UTF-8"?>\n<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Name>b</Name><Contents><Key>a</Key><ETag>&quot;e1&quot;</ETag></Contents><Contents><Key>b</Key></Contents><CommonPrefixes/></ListBucketResult>';
    expect(parseXml(enc(list))).toEqual({ ListBucketResult: { Name: 'b', Contents: [{ Key: 'a', ETag: '"e1"' }, { Key: 'b' }], CommonPrefixes: '' } });
    const [root, content] = rootOf(parseXml(enc('<ErrorResponse><Error><Code>NoSuchEntity</Code></Error><RequestId>r</RequestId></ErrorResponse>')));
    expect(root).toBe('ErrorResponse');
    expect(content).toEqual({ Error: { Code: 'NoSuchEntity' }, RequestId: 'r' });
  });

  it('decodes character references, CDATA and attribute values holding > and quotes', () => {
    expect(parseXml(enc('<R><K>a&#13;b&#x9;c&#128512;</K><C><![CDATA[<x> & y]]></C><A v="1 > 0" w=\'"\'>t</A></R>'))).toEqual({ R: { K: 'a\rb\tc😀', C: '<x> & y', A: 't' } });
    // An unknown named entity is left as written.
    expect(parseXml(enc('<R>&nbsp;</R>'))).toEqual({ R: '&nbsp;' });
  });

  it('keeps text beside child elements under #text', () => {
    expect(parseXml(enc('<R>hello <B>x</B> world</R>'))).toEqual({ R: { B: 'x', '#text': 'hello  world' } });
  });

  it('refuses malformed documents, DOCTYPEs, prototype names and deep nesting as ResponseParseError', () => {
    const bad = [
      '<R><A></R>',
      '<R>',
      '<R></R></S>',
      'not xml',
      '<R><!-- open </R>',
      '<R><![CDATA[x</R>',
      '<R a="1></R>',
      '<R/>trailing text',
      '<!DOCTYPE r [<!ENTITY e "x">]><R>&e;</R>',
      '<R><__proto__><p>1</p></__proto__></R>',
      '<R><constructor>1</constructor></R>',
      `<R>${'<a>'.repeat(300)}x${'</a>'.repeat(300)}</R>`,
      '<R>&#x110000;</R>',
    ];
    for (const doc of bad) expect(() => parseXml(enc(doc)), doc.slice(0, 40)).toThrow(expect.objectContaining({ name: 'ResponseParseError' }));
    expect(({} as Record<string, unknown>).p).toBeUndefined();
  });

  it('gives an empty tree for an empty or blank body', () => {
    expect(parseXml(new Uint8Array())).toEqual({});
    expect(parseXml(enc(' \n'))).toEqual({});
    expect(rootOf({})).toEqual(['', {}]);
  });

  it('reads a 1000-key listing quickly', () => {
    const doc = `<ListBucketResult>${Array.from({ length: 1000 }, (_, i) => `<Contents><Key>k/${i}</Key><Size>${i}</Size><ETag>"${i}"</ETag></Contents>`).join('')}</ListBucketResult>`;
    const t = performance.now();
    const tree = parseXml(enc(doc)) as { ListBucketResult: { Contents: unknown[] } };
    expect(tree.ListBucketResult.Contents).toHaveLength(1000);
    expect(performance.now() - t).toBeLessThan(500);
  });
});
