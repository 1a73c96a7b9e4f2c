/*
 * Samrutin's service worker for published routines, scoped to /r/ (served as /r/sw.js with a
 * first line `const CONFIG = {...}` from offline-assets.ts: the build id, the assets, the limit).
 *
 * - A published routine's page (/r/:slug, Swedish or ?lang=en) goes to the network first. A
 *   200 that the server marks `x-offline-version` (public and adopted only) is stored in a cache
 *   of its own per routine and version; a newer version replaces the older one, whose cache is
 *   deleted. 404/410 — or a 200 without the mark (members-only now) — drops the stored copy.
 *   Without a network (or on a 5xx) the stored copy answers.
 * - Its diagram and manifest are stored beside it; hashed assets are cache-first.
 * - The metadata (version, when fetched, when updated) is one JSON entry that the page's
 *   registration script reads to show "fetched …", "updated" and "older than 30 days".
 * - Nothing else is touched: no other path, no POST, no preview (?version=) and no app page.
 */
const META_CACHE = 'samrutin-r-meta';
const META_KEY = '/r/__offline-meta.json';
const ASSET_CACHE = `samrutin-r-assets-${CONFIG.build}`;
const PAGE_CACHE = 'samrutin-r-page:';
const PAGE = /^\/r\/([a-z0-9][a-z0-9-]*)$/;
const EXTRA = /^\/r\/([a-z0-9][a-z0-9-]*)\/(diagram\.svg|manifest\.webmanifest)$/;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(ASSET_CACHE)
      .then((cache) => cache.addAll(CONFIG.assets))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((n) => n.startsWith('samrutin-r-assets-') && n !== ASSET_CACHE)
            .map((n) => caches.delete(n)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

/** Only the Swedish page and ?lang=en are stored; anything else (previews) passes through. */
function pageKey(url) {
  if (url.search === '' || url.search === '?lang=en') return url.pathname + url.search;
  return null;
}

let queue = Promise.resolve();
/** Metadata changes one at a time (the Swedish and English pages may arrive together). */
function serial(task) {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

async function readMeta() {
  const cache = await caches.open(META_CACHE);
  const response = await cache.match(META_KEY);
  return response ? response.json() : {};
}

async function writeMeta(meta) {
  const cache = await caches.open(META_CACHE);
  await cache.put(
    META_KEY,
    new Response(JSON.stringify(meta), { headers: { 'content-type': 'application/json' } }),
  );
}

const cacheName = (slug, version) => `${PAGE_CACHE}${slug}:${version}`;

function drop(slug) {
  return serial(async () => {
    const meta = await readMeta();
    const names = await caches.keys();
    await Promise.all(
      names.filter((n) => n.startsWith(`${PAGE_CACHE}${slug}:`)).map((n) => caches.delete(n)),
    );
    if (meta[slug]) {
      delete meta[slug];
      await writeMeta(meta);
    }
  });
}

function store(slug, key, version, response) {
  return serial(async () => {
    const meta = await readMeta();
    const now = new Date().toISOString();
    const old = meta[slug];
    await (await caches.open(cacheName(slug, version))).put(key, response);
    const replaced = old && old.version !== version;
    if (replaced) await caches.delete(cacheName(slug, old.version));
    meta[slug] = {
      version,
      fetchedAt: now,
      updatedAt: replaced ? now : old ? old.updatedAt : null,
    };
    const slugs = Object.keys(meta).sort((a, b) =>
      meta[a].fetchedAt < meta[b].fetchedAt ? 1 : -1,
    );
    for (const stale of slugs.slice(CONFIG.limit)) {
      await caches.delete(cacheName(stale, meta[stale].version));
      delete meta[stale];
    }
    await writeMeta(meta);
  });
}

/** The page's diagram and manifest, stored beside it (after the page has been answered). */
async function storeExtras(slug, key, version) {
  const lang = key.endsWith('?lang=en') ? '?lang=en' : '';
  const cache = await caches.open(cacheName(slug, version));
  const urls = [`/r/${slug}/diagram.svg${lang}`, `/r/${slug}/manifest.webmanifest${lang}`];
  await Promise.all(
    urls.map((u) =>
      fetch(u)
        .then((r) => (r.ok ? cache.put(u, r) : undefined))
        .catch(() => undefined),
    ),
  );
}

async function storedCopy(slug, key) {
  const meta = (await readMeta())[slug];
  if (!meta) return undefined;
  return (await caches.open(cacheName(slug, meta.version))).match(key);
}

/** Network first; the answer decides what happens to the stored copy. */
async function page(request, slug, key, waitUntil) {
  let response;
  try {
    response = await fetch(request);
  } catch (error) {
    const stored = await storedCopy(slug, key);
    if (stored) return stored;
    throw error;
  }
  const version = response.headers.get('x-offline-version');
  if (response.status === 200 && version) {
    await store(slug, key, version, response.clone());
    waitUntil(storeExtras(slug, key, version));
  } else if (response.status === 200 || response.status === 404 || response.status === 410) {
    await drop(slug);
  } else if (response.status >= 500) {
    const stored = await storedCopy(slug, key);
    if (stored) return stored;
  }
  return response;
}

async function extra(request, slug) {
  let response;
  try {
    response = await fetch(request);
    if (response.status < 500) return response;
  } catch {
    response = undefined;
  }
  const meta = (await readMeta())[slug];
  const stored = meta && (await (await caches.open(cacheName(slug, meta.version))).match(request));
  return stored || response || Response.error();
}

async function asset(request) {
  const stored = await caches.match(request);
  return stored || fetch(request);
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  const waitUntil = (p) => event.waitUntil(p);
  const pageMatch = PAGE.exec(url.pathname);
  if (pageMatch && pageMatch[1] !== 'assets') {
    const key = pageKey(url);
    if (key) event.respondWith(page(request, pageMatch[1], key, waitUntil));
    return;
  }
  const extraMatch = EXTRA.exec(url.pathname);
  if (extraMatch && pageKey(url)) {
    event.respondWith(extra(request, extraMatch[1]));
    return;
  }
  if (url.pathname.startsWith('/r/assets/')) event.respondWith(asset(request));
});

/** The first visit is not controlled yet: the page asks to be stored once the worker runs. */
self.addEventListener('message', (event) => {
  const data = event.data || {};
  if (data.type !== 'store' || typeof data.url !== 'string') return;
  const url = new URL(data.url, self.location.origin);
  const match = PAGE.exec(url.pathname);
  const key = pageKey(url);
  if (!match || !key || url.origin !== self.location.origin) return;
  const extras = [];
  const stored = page(new Request(key, { cache: 'no-cache' }), match[1], key, (p) =>
    extras.push(p),
  ).then(async (response) => {
    await Promise.all(extras);
    event.source?.postMessage({ type: 'stored', slug: match[1], ok: response.status === 200 });
  });
  event.waitUntil(stored.catch(() => undefined));
});
