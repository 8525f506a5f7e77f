/**
 * Reads one JSON or YAML document from the workspace through the project's one parser, keeping the file's
 * lineage and text (for line numbers in errors).
 */
import type { Lineage } from '../domain/model.js';
import { decodeUtf8, formatOf, parseDocument } from '../schema/parse.js';
import { DocumentView } from './shape.js';
import type { SourceContext } from './types.js';

/** A parsed workspace document. */
export interface LoadedDocument {
  path: string;
  bytes: Uint8Array;
  text: string;
  value: unknown;
  lineage: Lineage;
  view: DocumentView;
}

/** Reads, size-checks (by the workspace), decodes and parses `path`. */
export async function loadDocument(context: SourceContext, path: string): Promise<LoadedDocument> {
  const file = await context.workspace.read(path, context.maxFileBytes);
  const text = decodeUtf8(file.bytes, file.path);
  const value = parseDocument(text, file.path);
  const json = formatOf(file.path) === 'json';
  return {
    path: file.path,
    bytes: file.bytes,
    text,
    value,
    lineage: file.lineage,
    view: new DocumentView(file.path, json ? text : undefined),
  };
}
