import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findProjectRoot, IS_BUNDLE, PROJECT_ROOT, SRC_DIR } from '../src/runtime.ts';

describe('runtime paths', () => {
  it('finds the repository from the sources (tests run them, not the bundle)', () => {
    expect(IS_BUNDLE).toBe(false);
    expect(PROJECT_ROOT).toBe(process.cwd());
    expect(SRC_DIR).toBe(join(process.cwd(), 'src'));
  });

  const root = mkdtempSync(join(tmpdir(), 'avp-root-'));
  writeFileSync(join(root, 'package.json'), '{}');
  mkdirSync(join(root, 'dist', 'deep'), { recursive: true });
  it.each([
    ['the folder holding package.json', root, root],
    ['a folder below it (the bundle in dist/)', join(root, 'dist'), root],
    ['two levels below', join(root, 'dist', 'deep'), root],
  ])('from %s', (_what, start, expected) => {
    expect(findProjectRoot(start)).toBe(expected);
  });

  it('says so when no package.json is found', () => {
    expect(() => findProjectRoot('/')).toThrow(/package.json introuvable/);
  });
});
