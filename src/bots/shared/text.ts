/**
 * Text hygiene for every adapter: what user input and digest text may not carry into a command's
 * meaning or onto a screen.
 *
 * - Bidirectional formatting controls (U+202A–202E embeddings and overrides, U+2066–2069 isolates,
 *   U+200E/200F and U+061C marks) reorder how the text around them is shown: a right-to-left
 *   override makes `gpj.exe` read `exe.jpg`, so a title or an echoed query could disguise itself or
 *   what follows it. They are removed.
 * - C0 controls but tab and newline (ESC, BEL, …), DEL and C1 controls (U+0080–009F, CSI is U+009B)
 *   start terminal escape sequences and mean nothing in a chat message. On output they become U+FFFD,
 *   so something odd stays visible; in command input they are removed, and a whole terminal escape
 *   sequence with them (`\x1b[31mred` was typed as red text: the keyword is `red`).
 * @module
 */

const bidiControls = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const controls = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
// CSI (ESC [ or the 8-bit U+009B) parameters, intermediates and a final byte; OSC (ESC ]) up to BEL or
// ESC \; and any other ESC plus the one character it escapes.
const escapeSequences = /(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[^[\]]/g;

/**
 * Text as a message may show it: line breaks normalised to `\n`, bidi controls removed, other
 * control characters replaced by U+FFFD (tab and newline stay).
 *
 * ```ts
 * cleanText('evil\u202Egpj.exe\u001b[2J'); // 'evilgpj.exe\uFFFD[2J'
 * ```
 */
export function cleanText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(bidiControls, '').replace(controls, '\uFFFD');
}

/**
 * Command input as the parsers read it: terminal escape sequences and bidi controls removed, other
 * control characters removed too (whitespace is whitespace: tab and newline stay).
 *
 * ```ts
 * cleanInput('\u001b[31mred\u001b[0m'); // 'red'
 * ```
 */
export function cleanInput(text: string): string {
  return text.replace(escapeSequences, '').replace(bidiControls, '').replace(/\r\n?|[\t\n]/g, ' ').replace(controls, '');
}
