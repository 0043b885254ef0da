/**
 * Review tests of the Telegram renderer: markup that user text could break when a reply is split.
 */
import { describe, expect, it } from 'vitest';
import { renderPage, renderReply } from '../../src/bots/telegram/render.ts';
import { errorReply, infoReply } from '../../src/core/index.ts';
import { parseTelegramHtml, stubPaper } from '../fakes/telegram-api.ts';

const valid = (html: string) => {
  const parsed = parseTelegramHtml(html);
  expect(parsed.ok ? 'ok' : parsed.error).toBe('ok');
  return parsed.ok ? parsed.text : '';
};

describe('bold and italic text over several lines', () => {
  it('GIVEN a multi-line title too long for one message THEN every part is valid HTML (no tag spans the split)', () => {
    const title = `"${'<b>&\n'.repeat(700)}" can't be a keyword`;
    const messages = renderReply(errorReply(title, ['Keywords are 2 to 40 characters long.']));
    expect(messages.length).toBeGreaterThan(1);
    const text = messages.map((m) => {
      expect(m.html.length).toBeLessThanOrEqual(4096);
      return valid(m.html);
    });
    expect(text.join('\n')).toContain("can't be a keyword\nKeywords are 2 to 40 characters long.");
  });

  it('GIVEN a multi-line title and local title THEN each line is bold/italic on its own and the text is kept', () => {
    const paper = { ...stubPaper(1), localTitle: 'первая строка\nвторая <строка>' };
    const [m] = renderReply({ ...infoReply('A\n\nB', []), items: [{ paper, why: ['x\ny'] }] });
    expect(m!.html).toContain('<b>A</b>\n\n<b>B</b>');
    expect(m!.html).toContain('<i>первая строка</i>\n<i>вторая &lt;строка&gt;</i>');
    expect(valid(m!.html)).toContain('первая строка\nвторая <строка>');
    const page = renderPage({ ...infoReply('A\nB', []), items: [{ paper, why: [] }], pager: { query: 'q', page: 0, pageSize: 5, pages: 2, total: 6 } });
    valid(page.html);
  });
});
