/**
 * Line locator over one YAML text. A mapping member is located at its key's line, a sequence item where it
 * opens; a pointer below a scalar, an alias or a member the text does not hold falls back to the deepest node
 * that exists (the line where the missing member should have been). Undefined when the text does not parse as
 * one YAML document. Where the composed nodes cannot be matched with the parsed value one to one (a construct
 * js-yaml builds otherwise), the search stops at that node: a line too shallow, never a wrong one.
 */
export declare function yamlLineLocator(text: string): (pointer: string) => number | undefined;
