/** Input text shown in prose and messages (issue 24, item 5): control characters visible, long keys cut. */
import { describe, expect, it } from "vitest";
import { ECHO_CHARS, escapeControls, quoteInput } from "../../src/model/printable.js";

describe("printable input text", () => {
  it("writes line breaks, escape, C1 and bidirectional controls as \\uXXXX and leaves the rest", () => {
    expect(escapeControls("a\nb\u001b[31m\u009b\u202e户")).toBe("a\\u000Ab\\u001B[31m\\u009B\\u202E户");
    expect(escapeControls("m1 低保")).toBe("m1 低保");
  });

  it("quotes input as JSON, cuts it after 80 characters with an ellipsis, controls visible", () => {
    expect(ECHO_CHARS).toBe(80);
    expect(quoteInput("m\u2028")).toBe('"m\\u2028"');
    expect(quoteInput("x".repeat(80))).toBe(`"${"x".repeat(80)}"`);
    expect(quoteInput("y".repeat(81))).toBe(`"${"y".repeat(80)}…"`);
  });
});
