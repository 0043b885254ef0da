import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { scriptShare } from '../../src/core/parse/text.ts';

/** The definition scriptShare's table implements: plain code-unit ranges. */
function byRanges(text: string, limit = 20_000) {
  let han = 0;
  let cyrillic = 0;
  let latin = 0;
  for (let i = 0; i < Math.min(text.length, limit); i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)) han++;
    else if (c >= 0x0400 && c <= 0x04ff) cyrillic++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
  }
  return { han, cyrillic, latin, letters: han + cyrillic + latin };
}

describe('scriptShare', () => {
  test('GIVEN any text and limit THEN the counts of the code-unit ranges it documents', () => {
    const edges = [0x40, 0x41, 0x5a, 0x5b, 0x60, 0x61, 0x7a, 0x7b, 0x3ff, 0x400, 0x4ff, 0x500, 0x33ff, 0x3400, 0x4dbf, 0x4dc0, 0x4dff, 0x4e00, 0x9fff, 0xa000, 0xf8ff, 0xf900, 0xfaff, 0xfb00, 0xd800, 0xffff];
    const unit = fc.oneof(fc.constantFrom(...edges), fc.integer({ min: 0, max: 0xffff })).map((c) => String.fromCharCode(c));
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 200 }), fc.integer({ min: 0, max: 250 }), (units, limit) => {
        const text = units.join('');
        expect(scriptShare(text, limit)).toEqual(byRanges(text, limit));
        expect(scriptShare(text)).toEqual(byRanges(text));
      }),
    );
  });

  test('GIVEN mixed Russian, Chinese and English THEN each script counted', () => {
    expect(scriptShare('Диффузия 扩散 diffusion 123')).toEqual({ han: 2, cyrillic: 8, latin: 9, letters: 19 });
  });
});
