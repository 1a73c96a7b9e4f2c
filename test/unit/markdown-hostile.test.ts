import { describe, expect, it } from 'vitest';
import { mdHref, renderMarkdown } from '../../src/domain/render/markdown';
import { fixtureModel } from '../helpers/snapshot-fixture';

/** Markdown a routine's text and addresses come out of must not carry links or HTML of its own. */
describe('hostile text and addresses in the Markdown export', () => {
  it('percent-encodes what could end a link target, and drops other schemes', () => {
    expect(mdHref('javascript:alert(1)')).toBeNull();
    expect(mdHref('JaVaScRiPt:alert(1)')).toBeNull();
    expect(mdHref('data:text/html,<script>')).toBeNull();
    expect(mdHref('https://example.org/a b>)[x](javascript:alert(1))')).toBe(
      'https://example.org/a%20b%3E%29[x]%28javascript:alert%281%29%29',
    );
    expect(mdHref('https://example.org/\n[evil](https://evil)')).not.toMatch(/\s/);
    expect(mdHref('https://example.org/"><img src=x onerror=alert(1)>')).toBe(
      'https://example.org/%22%3E%3Cimg%20src=x%20onerror=alert%281%29%3E',
    );
  });

  it('keeps classic payloads in titles, notes and addresses inert', () => {
    const model = fixtureModel();
    const [, local] = model.snapshot.knowledge;
    local!.title = { sv: '](javascript:alert(1)) <img src=x onerror=alert(1)>', en: 'x' };
    local!.notes =
      '[klicka](javascript:alert(1)) "><script>alert(1)</script> ![bild](https://evil/x.png)';
    local!.url = 'https://example.org/ok>)\n[evil](javascript:alert(2))';
    const md = renderMarkdown(model);
    const line = md.split('\n').find((l) => l.includes('onerror'))!;
    // No unescaped HTML tag and no link whose target the text chose…
    expect(md).not.toMatch(/(?<!\\)<(script|img)/);
    expect(md).not.toMatch(/(?<!\\)\]\(javascript:/);
    // …and the one real link's target cannot be closed early.
    expect(line).toContain(
      '(<https://example.org/ok%3E%29%0A[evil]%28javascript:alert%282%29%29>)',
    );
  });
});
