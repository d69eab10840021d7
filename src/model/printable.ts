/**
 * Text from the input (household and member ids, unknown keys) shown in prose, error messages and on a
 * terminal: control characters made visible, so an id can neither forge lines (a newline and
 * "# Eligible: 9999 yuan") nor send escape codes to a terminal (issue 24). Pure.
 */

/**
 * Characters that are not shown as themselves: C0 controls (line breaks, tab, ESC), DEL, C1 controls
 * (U+009B is a terminal's CSI), the line and paragraph separators, and the bidirectional controls that
 * reorder what a reader sees.
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** `text` with each control character written as `\uXXXX`; anything else unchanged. */
export function escapeControls(text: string): string {
  return text.replace(CONTROL, (char) => `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`);
}

/** The most characters of input text an error message echoes: a 50 MB key is not repeated whole. */
export const ECHO_CHARS = 80;

/** Input text quoted for a message: JSON-quoted, control characters visible, cut to {@link ECHO_CHARS} with "…". */
export function quoteInput(text: string): string {
  const cut = text.length > ECHO_CHARS ? `${text.slice(0, ECHO_CHARS)}…` : text;
  return escapeControls(JSON.stringify(cut));
}
