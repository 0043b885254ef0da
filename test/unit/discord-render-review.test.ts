/**
 * Review tests of the Discord renderer: whatever a digest or a user writes, it shows as text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeText, paperUrl, renderReply } from '../../src/bots/discord/render.ts';
import { infoReply } from '../../src/core/index.ts';

/** Discord's autolink (simple-markdown's url rule): inside it markdown characters are literal. */
const url = /https?:\/\/[^\s<]+[^<.,:;"')\]\s]/g;

/** Markdown characters left unescaped in `out` (outside autolinked URLs), and line-start markers. */
function unescaped(out: string): string[] {
  const bare = out.replace(url, ' ').replace(/\\[\s\S]/g, 'x');
  const inline = bare.match(/[*_~|`]/g) ?? [];
  const lineStarts = bare.match(/^ *(?:>|-# |#{1,3} |[-*+] |\d+\. )/gm) ?? [];
  return [...inline, ...lineStarts];
}

describe('escapeText', () => {
  it('GIVEN runs of four or more markdown characters THEN every one is escaped (escapeMarkdown alone leaves some)', () => {
    for (const s of ['****bold****', '````code````', '____init____', '*****', 'a ~~~~ b', '|||| x ||||']) {
      expect(unescaped(escapeText(s)), s).toEqual([]);
    }
  });

  it('GIVEN block quotes and subtext at a line start THEN they are escaped', () => {
    expect(escapeText('> quoted\n>>> all\n-# small')).toBe('\\> quoted\n\\>>> all\n\\-# small');
  });

  it('GIVEN URLs with markdown characters THEN they are left intact (Discord links them as they are)', () => {
    const links = 'see https://en.wikipedia.org/wiki/A_(b)_c and https://x.org/a*b*c__d, ok';
    const out = escapeText(links);
    expect(out).toContain('https://en.wikipedia.org/wiki/A_(b)_c');
    expect(out).toContain('https://x.org/a*b*c__d,');
    expect(unescaped(out)).toEqual([]);
  });

  it('GIVEN any text THEN nothing in it is markdown any more (property)', () => {
    const piece = fc.constantFrom('*', '**', '_', '__', '~~', '||', '`', '```', '> ', '-# ', '# ', '- ', '1. ', '\n', ' ', 'a', 'ы', '\\', '[x](y)', '@everyone', '<@&1>');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        expect(unescaped(escapeText(parts.join('')))).toEqual([]);
      }),
      { numRuns: 300, seed: 42 },
    );
  });

  it('GIVEN a reply title and lines with stray markdown THEN the rendered embeds carry it escaped', () => {
    const [m] = renderReply(infoReply('Papers for "````x````"', ['****not bold****']));
    expect(unescaped(m!.embeds[0]!.title!)).toEqual([]);
    expect(unescaped(m!.embeds[0]!.description!)).toEqual([]);
  });

  it('GIVEN paper URLs with characters Discord calls malformed THEN the embed url is percent-encoded; a non-http URL is never a link', () => {
    expect(paperUrl({ urls: ['https://example.com/a|b{c}`d^e'], arxivId: null } as never)).toBe('https://example.com/a%7Cb%7Bc%7D%60d%5Ee');
    expect(paperUrl({ urls: ['javascript:alert(1)', 'https://arxiv.org/abs/2405.11473'], arxivId: null } as never)).toBe('https://arxiv.org/abs/2405.11473');
    expect(paperUrl({ urls: ['ftp://x.org/p'], arxivId: '2405.11473' } as never)).toBe('https://arxiv.org/abs/2405.11473');
  });
});
