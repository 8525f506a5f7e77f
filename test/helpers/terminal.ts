/**
 * What a terminal acts on, for tests of what the CLI prints from values it did not make: C0 controls but the line
 * feed, DEL, C1, the line and paragraph separators, and the bidirectional embeddings, overrides and isolates.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
export const TERMINAL_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
