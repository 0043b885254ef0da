/**
 * The one comparison key for names and titles, shared by duplicate merging (`merge.ts`, paper ids)
 * and the exact-name rule of search (`search-index.ts`), so both agree on what "the same name" is.
 * @module
 */

/** Greek letters that coined names use, spelt as readers type them (`SOTOPIA-π` = `sotopia-pi`). */
const greek: Record<string, string> = { π: 'pi', μ: 'mu', α: 'alpha', β: 'beta', γ: 'gamma', δ: 'delta', λ: 'lambda', σ: 'sigma', θ: 'theta', ω: 'omega' };
const greekPattern = new RegExp(`[${Object.keys(greek).join('')}]`, 'g');

/**
 * The comparison key of a name or title: NFKC (full-width letters, superscripts, the micro sign
 * folded), lower case, the Greek letters of {@link greek} spelt in Latin, and only letters and digits
 * kept (any script), so `SOTOPIA-π`, `Sotopia pi`, `sotopia-pi` and `ＳＯＴＯＰＩＡ－π` are one name.
 * ```ts
 * nameKey('SOTOPIA-π') // 'sotopiapi'
 * nameKey('Ｆｉｆｏ_Diffusion.') // 'fifodiffusion'
 * nameKey('μTransfer') // 'mutransfer'
 * ```
 */
export function nameKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(greekPattern, (c) => greek[c]!)
    .replace(/[^\p{L}\p{N}]+/gu, '');
}
