import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeDigest, detectEncoding } from '../../src/core/parse/index.ts';
import { parseOk, readStarterText } from '../fixtures/digests/load.ts';

const enc = (text: string, encoding: string, addBOM = false) => new Uint8Array(iconv.encode(text, encoding, { addBOM }));
const crlf = (text: string) => text.replace(/\r?\n/g, '\r\n');

describe('decodeDigest', () => {
  it('GIVEN UTF-8 with and without BOM THEN utf-8 and the BOM removed', () => {
    expect(decodeDigest(enc('论文阅读八:一致性模型', 'utf8', true))).toEqual({ text: '论文阅读八:一致性模型', encoding: 'utf-8', bom: true, invalidLines: [] });
    expect(decodeDigest(enc('Мы предлагаем MoRA', 'utf8'))).toEqual({ text: 'Мы предлагаем MoRA', encoding: 'utf-8', bom: false, invalidLines: [] });
  });

  it('GIVEN UTF-16 LE and BE with BOM THEN decoded without the BOM', () => {
    expect(decodeDigest(enc('一致性模型 Consistency', 'utf16le', true))).toEqual({ text: '一致性模型 Consistency', encoding: 'utf-16le', bom: true, invalidLines: [] });
    expect(decodeDigest(enc('一致性模型 Consistency', 'utf16be', true))).toEqual({ text: '一致性模型 Consistency', encoding: 'utf-16be', bom: true, invalidLines: [] });
  });

  it('GIVEN BOM-less UTF-16 of ASCII-heavy and of all-Chinese text THEN the byte order is found', () => {
    expect(decodeDigest(enc('1、LLaMA: Open and Efficient', 'utf16le')).encoding).toBe('utf-16le');
    expect(decodeDigest(enc('1、LLaMA: Open and Efficient', 'utf16be')).encoding).toBe('utf-16be');
    const zh = readStarterText('2024-11-zh-reading-notes.txt').slice(0, 2000);
    expect(decodeDigest(enc(zh, 'utf16le')).text).toBe(zh);
    expect(decodeDigest(enc(zh, 'utf16be')).text).toBe(zh);
  });

  it('GIVEN GB18030 / GBK Chinese THEN gb18030', () => {
    const zh = readStarterText('2023-03-zh-monthly-top10.txt');
    expect(decodeDigest(enc(zh, 'gb18030'))).toEqual({ text: zh, encoding: 'gb18030', bom: false, invalidLines: [] });
    expect(decodeDigest(enc('摘要 虽然扩散模型在图像、音频和视频生成领域获得显著进展。', 'gbk')).encoding).toBe('gb18030');
  });

  it('GIVEN Windows-1251 Russian THEN windows-1251', () => {
    const ru = readStarterText('2024-05-ru-daily.txt').slice(0, 3000);
    expect(decodeDigest(enc(ru, 'win1251')).encoding).toBe('windows-1251');
    expect(decodeDigest(enc('Мы предлагаем новый метод под названием MoRA.', 'win1251'))).toEqual({
      text: 'Мы предлагаем новый метод под названием MoRA.',
      encoding: 'windows-1251',
      bom: false,
      invalidLines: [],
    });
  });

  it('GIVEN arbitrary invalid bytes THEN no throw, replacement characters instead', () => {
    expect(() => decodeDigest(new Uint8Array([0xff, 0xfe, 0x00]))).not.toThrow();
    expect(decodeDigest(new Uint8Array([0x80])).text.length).toBe(1);
  });
});

describe('detectEncoding', () => {
  it('GIVEN pure ASCII THEN utf-8', () => {
    expect(detectEncoding(enc('plain ascii', 'utf8'))).toEqual({ name: 'utf-8' });
  });

  it('GIVEN a short Chinese GBK phrase vs a short Russian Windows-1251 phrase THEN each is told apart', () => {
    expect(detectEncoding(enc('我们引入混合模型', 'gbk'))).toEqual({ name: 'gb18030' });
    expect(detectEncoding(enc('Мы представляем Octo, большую политику', 'win1251'))).toEqual({ name: 'windows-1251' });
  });
});

describe('parseDigest with encoded starter digests', () => {
  it('GIVEN 2024-11 reading notes in GB18030 THEN 6 papers, same names as UTF-8', () => {
    const d = parseOk({ file: 'gb.txt', bytes: enc(readStarterText('2024-11-zh-reading-notes.txt'), 'gb18030') });
    expect([d.encoding, d.format, d.papers.length]).toEqual(['gb18030', 'zh-reading', 6]);
    expect(d.papers.map((p) => p.name)).toEqual(['MoT', 'BitNet a4.8', null, '一致性模型', 'LLaMA-Factory', 'D-FINE']);
  });

  it('GIVEN 2023-03 monthly in UTF-16LE with BOM THEN 10 papers and the same arXiv ids', () => {
    const d = parseOk({ file: 'u16.txt', bytes: enc(readStarterText('2023-03-zh-monthly-top10.txt'), 'utf16le', true) });
    expect([d.encoding, d.format, d.papers.length]).toEqual(['utf-16le', 'zh-monthly', 10]);
    expect(d.papers[2]!.arxivId).toBe('2303.03378');
  });

  it('GIVEN 2022-04 monthly in UTF-16BE without BOM THEN 10 papers', () => {
    const d = parseOk({ file: 'u16be.txt', bytes: enc(readStarterText('2022-04-zh-monthly-top10.txt'), 'utf16be') });
    expect([d.encoding, d.format, d.papers.length]).toEqual(['utf-16be', 'zh-monthly', 10]);
  });

  it('GIVEN 2024-05 ru-daily in Windows-1251 THEN 8 papers with the same names', () => {
    const d = parseOk({ file: 'cp.txt', bytes: enc(readStarterText('2024-05-ru-daily.txt'), 'win1251') });
    expect([d.encoding, d.format, d.papers.length]).toEqual(['windows-1251', 'ru-daily', 8]);
    expect(d.papers.map((p) => p.name)).toEqual(['FIFO-Diffusion', 'MoRA', 'OpenRLHF', 'Arrow', 'Imp', 'Octo', 'SLAB', 'Dreamer-XL']);
  });

  it('GIVEN 2024-03 ru-daily in Windows-1251 with CRLF THEN 9 papers and no CR left in summaries', () => {
    const d = parseOk({ file: 'cp.txt', bytes: enc(crlf(readStarterText('2024-03-ru-daily.txt')), 'win1251') });
    expect(d.papers).toHaveLength(9);
    expect(d.papers.some((p) => p.summary.includes('\r'))).toBe(false);
  });

  it('GIVEN 2022-04 monthly as UTF-8 with BOM and CRLF THEN 10 papers, the first title intact', () => {
    const d = parseOk({ file: 'bom.txt', bytes: enc(crlf(readStarterText('2022-04-zh-monthly-top10.txt')), 'utf8', true) });
    expect([d.encoding, d.papers.length]).toEqual(['utf-8', 10]);
    expect(d.papers[0]!.title).toBe('Tensor Programs V: Tuning Large Neural Networks via Zero-Shot Hyperparameter Transfer');
  });

  it('GIVEN an hfday feed in UTF-16LE with BOM THEN 27 papers', () => {
    const d = parseOk({ file: '2024-10-04-hfday.json', bytes: enc(readStarterText('2024-10-04-hfday.json'), 'utf16le', true) });
    expect([d.encoding, d.format, d.papers.length, d.date]).toEqual(['utf-16le', 'hfday-json', 27, '2024-10-04']);
  });

  it('GIVEN a monthly digest with full-width digits and colons THEN entries are still found', () => {
    const text = readStarterText('2023-03-zh-monthly-top10.txt').replace(/^(\d+)、/gm, (_, n: string) => `${String.fromCharCode(...[...n].map((c) => c.charCodeAt(0) + 0xfee0))}、`);
    expect(text).toContain('１、LLaMA');
    const d = parseOk({ file: 'fw.txt', bytes: enc(text, 'gb18030') });
    expect(d.papers).toHaveLength(10);
  });
});
