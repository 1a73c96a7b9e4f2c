import { describe, expect, it } from 'vitest';
import { diagramSize, renderDiagramSvg } from '../../src/domain/render/diagram-svg';
import { textWidth, wrapText } from '../../src/domain/render/text-metrics';
import { fixtureSnapshot } from '../helpers/snapshot-fixture';

describe('text wrapping with Roboto widths', () => {
  it('keeps every line within the width and cuts with "…" after the last allowed line', () => {
    const text =
      'Ansöker om betänketid hos Migrationsverket för den utsatta personen som saknar uppehållstillstånd';
    const wrapped = wrapText(text, 120, 11, 3);
    expect(wrapped.lines).toHaveLength(3);
    expect(wrapped.truncated).toBe(true);
    expect(wrapped.lines[2]!.endsWith('…')).toBe(true);
    for (const line of wrapped.lines) expect(textWidth(line, 11)).toBeLessThanOrEqual(120);
    expect(wrapText('Kort text', 120, 11, 3)).toEqual({ lines: ['Kort text'], truncated: false });
  });

  it('splits a word wider than the line, and counts unknown characters as wide', () => {
    const wrapped = wrapText('Människohandelsbekämpningssamordningsfunktionen', 60, 11, 10);
    expect(wrapped.lines.length).toBeGreaterThan(1);
    for (const line of wrapped.lines) expect(textWidth(line, 11)).toBeLessThanOrEqual(60);
    expect(textWidth('W', 10)).toBeGreaterThan(textWidth('i', 10));
    expect(textWidth('漢', 10)).toBeGreaterThanOrEqual(textWidth('M', 10) * 0.8);
  });
});

describe('the swimlane diagram', () => {
  const s = fixtureSnapshot();

  it('has a lane per acting organisation, a box per action and an arrow per handoff', () => {
    const svg = renderDiagramSvg(s, 'sv');
    const acting = new Set(s.actions.map((a) => a.actorId));
    expect(svg.match(/<g class="lane"/g)).toHaveLength(acting.size);
    expect(svg).not.toContain('data-actor-id="a-nat"'); // no actions: no lane
    expect(svg.match(/<rect class="action"/g)).toHaveLength(s.actions.length);
    const handoffs = s.actions.reduce((n, a) => n + a.handoffTo.length, 0);
    expect(svg.match(/<path class="handoff"/g)).toHaveLength(handoffs);
    expect(svg).toContain('marker-end="url(#sr-arrow)"');
    expect(svg).toContain('role="img"');
    expect(svg).toContain(
      '<title id="sr-diagram-title">Flödesschema: vem gör vad i steg 2–5</title>',
    );
    expect(svg).toContain(
      '<desc id="sr-diagram-desc">3 aktörer, 10 uppgifter och 6 överlämningar.',
    );
    expect(svg).toContain('font-family="Roboto, Arial, Helvetica, sans-serif"');
    for (const step of [2, 3, 4, 5]) expect(svg).toContain(`>Steg ${step}</text>`);
  });

  it('is deterministic: the same snapshot gives the same bytes', () => {
    expect(renderDiagramSvg(fixtureSnapshot(), 'sv')).toBe(
      renderDiagramSvg(fixtureSnapshot(), 'sv'),
    );
    expect(renderDiagramSvg(s, 'en')).toContain('>Step 2</text>');
  });

  it('never lets a label overflow its box: long texts are cut, the full text is the box’s title', () => {
    const svg = renderDiagramSvg(s, 'sv');
    const long = s.actions.find((a) => a.id === 's2')!;
    const group = /<g class="action" data-action-id="s2">(.*?)<\/g>/.exec(svg)![1]!;
    expect(group).toContain(`<title>${long.what}</title>`);
    const lines = [...group.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);
    expect(lines).toHaveLength(4);
    expect(lines[3]!.endsWith('…')).toBe(true);
    const box = /<rect class="action" x="[\d.]+" y="[\d.]+" width="(\d+)"/.exec(group)!;
    for (const line of lines) expect(textWidth(line, 11)).toBeLessThan(Number(box[1]) - 16);
  });

  it('escapes text and keeps boxes inside the picture', () => {
    const odd = fixtureSnapshot();
    odd.actors[2]!.name = 'Polisen <region> & "syd"';
    odd.actions[0]!.what = '<script>alert(1)</script> & mer';
    const svg = renderDiagramSvg(odd, 'sv');
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).toContain('Polisen &lt;region&gt; &amp; &quot;syd&quot;');
    const { width, height } = diagramSize(svg);
    for (const m of svg.matchAll(
      /<rect class="action" x="([\d.]+)" y="([\d.]+)" width="(\d+)" height="([\d.]+)"/g,
    )) {
      expect(Number(m[1]) + Number(m[3])).toBeLessThanOrEqual(width);
      expect(Number(m[2]) + Number(m[4])).toBeLessThanOrEqual(height);
    }
  });

  it('says so when there is nothing to draw', () => {
    const empty = { ...fixtureSnapshot(), actions: [] };
    const svg = renderDiagramSvg(empty, 'sv');
    expect(svg).toContain('Rutinen anger ännu inte vem som gör något i det här steget.');
    expect(svg).not.toContain('class="lane"');
  });
});
