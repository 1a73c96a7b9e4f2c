import { describe, expect, it } from 'vitest';
import { joinArrivals } from '../../bench/live-join';

const sent = (n: number, client = 7): [string, number][] =>
  Array.from({ length: n }, (_, i) => [`${client}:${i}`, 1000 + i]);

describe('live-scale bench: joining edits to their arrivals', () => {
  it('joins by Yjs item id, ignores arrivals of characters nobody timed, and sorts', () => {
    const {
      latencies,
      sent: count,
      observable,
    } = joinArrivals([
      { sent: sent(3), arrived: [], sentByObservers: 0 },
      {
        sent: [],
        arrived: [
          ['7:2', 1010],
          ['7:0', 1004],
          ['7:1', 1003],
          ['9:0', 5000], // the document's own text, or an observer's edit
        ],
        sentByObservers: 0,
      },
    ]);
    expect(count).toBe(3);
    expect(observable).toBe(3);
    expect(latencies).toEqual([2, 4, 8]);
  });

  it('throws when no edit arrived instead of reporting a percentile of nothing', () => {
    expect(() => joinArrivals([{ sent: sent(10), arrived: [], sentByObservers: 0 }])).toThrow(
      /Only 0 of 10 observable edits/,
    );
  });

  it('throws when far fewer edits arrived than peers should have seen', () => {
    const arrived = sent(80).map(([k, t]): [string, number] => [k, t + 1]);
    expect(() => joinArrivals([{ sent: sent(100), arrived, sentByObservers: 0 }])).toThrow(
      /Only 80 of 100/,
    );
  });

  it('does not expect the observers’ own edits to arrive at themselves', () => {
    const arrived = sent(96).map(([k, t]): [string, number] => [k, t + 1]);
    const { observable } = joinArrivals([{ sent: sent(100), arrived, sentByObservers: 4 }]);
    expect(observable).toBe(96);
  });

  it('throws when nothing was sent that a peer observes', () => {
    expect(() => joinArrivals([{ sent: sent(2), arrived: [], sentByObservers: 2 }])).toThrow(
      /nothing to measure/,
    );
  });
});
