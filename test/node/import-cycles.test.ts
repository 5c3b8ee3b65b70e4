import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
// @ts-expect-error -- a plain JavaScript script without type declarations
import { findCycles } from '../../scripts/check-import-cycles.js';

const src = join(import.meta.dirname, '..', '..', 'src');

describe('the modules of src/', () => {
  it('import each other without cycles, type-only and dynamic imports included', () => {
    assert.deepEqual(findCycles(src), []);
  });
});
