/**
 * Every property declared in schemas/*.json and schemas/source-kinds/*.json carries a `description`, so editors
 * that read the schemas (VS Code, JetBrains, yaml-language-server) can say what each input is for.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', 'schemas');

function schemaFiles(): string[] {
  const top = readdirSync(root)
    .filter((name) => name.endsWith('.json'))
    .map((name) => name);
  const kinds = readdirSync(join(root, 'source-kinds'))
    .filter((name) => name.endsWith('.json'))
    .map((name) => `source-kinds/${name}`);
  return [...top, ...kinds].sort();
}

/**
 * JSON Pointers of every property (an entry of a `properties` object, at any depth: $defs, items, oneOf
 * branches, then-branches, nested objects; not inside `if`/`not` conditions) whose schema has no non-empty
 * `description`. A boolean schema (`"id": true`) has none.
 */
function undescribedProperties(schema: unknown, pointer = ''): string[] {
  const missing: string[] = [];
  if (Array.isArray(schema)) {
    schema.forEach((item, index) => {
      missing.push(...undescribedProperties(item, `${pointer}/${index}`));
    });
    return missing;
  }
  if (schema === null || typeof schema !== 'object') return missing;
  for (const [key, value] of Object.entries(schema)) {
    const at = `${pointer}/${key}`;
    // `if` and `not` subschemas only test a value; the property they name is declared (and described) elsewhere.
    if (key === 'if' || key === 'not') continue;
    if (key === 'properties' && value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [name, property] of Object.entries(value)) {
        const description =
          property !== null && typeof property === 'object'
            ? (property as { description?: unknown }).description
            : undefined;
        if (typeof description !== 'string' || description.trim() === '') missing.push(`${at}/${name}`);
        missing.push(...undescribedProperties(property, `${at}/${name}`));
      }
    } else {
      missing.push(...undescribedProperties(value, at));
    }
  }
  return missing;
}

describe('schema property descriptions', () => {
  it('finds the schema files', () => {
    expect(schemaFiles().length).toBeGreaterThan(10);
  });

  it('flags a property without a description, at any depth', () => {
    const schema = {
      properties: { a: { type: 'string', description: 'A.' }, b: true },
      if: { properties: { a: { const: 'x' } } },
      $defs: { x: { properties: { c: { type: 'object', properties: { d: { description: ' ' } } } } } },
    };
    expect(undescribedProperties(schema)).toEqual([
      '/properties/b',
      '/$defs/x/properties/c',
      '/$defs/x/properties/c/properties/d',
    ]);
  });

  it.each(schemaFiles())('%s: every property has a description', (file) => {
    const schema: unknown = JSON.parse(readFileSync(join(root, file), 'utf8'));
    expect(undescribedProperties(schema), `${file}: properties without a description`).toEqual([]);
  });
});
