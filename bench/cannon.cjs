// The benchmarks' load generator, in a process of its own (bench/load.ts starts it): autocannon,
// with one change. autocannon keeps every response body as a string (`req.body += data` in its
// pipelined-requests queue), decoding each chunk as UTF-8, only to compare it when a run asks
// for `expectBody` or `verifyBody`, which none of ours does. For gzip bodies (binary) that
// decoding, not the server, set the pace: 11 KB of random bytes ran at a quarter of the rate of
// 11 KB of 'x' from the same bare route (docs/benchmarks.md, issue 20). Bytes are still counted
// (autocannon's own 'body' event); no browser decodes a gzip body as text either.
const Queue = require('autocannon/lib/pipelinedRequestsQueue.js');
Queue.prototype.addBody = function addBody() {};
const autocannon = require('autocannon');

const [url, options] = process.argv.slice(2);
const { connections, duration, headers } = JSON.parse(options);
autocannon({ url, connections, duration, headers }, (err, result) => {
  if (err) {
    console.error(err);
    process.exit(1);
  }
  process.stdout.write(JSON.stringify(result));
});
