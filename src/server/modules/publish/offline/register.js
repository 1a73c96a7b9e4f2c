/*
 * Registers the published routines' service worker (/r/sw.js, scope /r/) and shows what it
 * knows about the stored copy: when it was fetched, that it replaced an older version, that it
 * is older than 30 days, that the device is offline. The page works the same without it.
 */
(() => {
  // The sections below the first-response card are first drawn lazily (content-visibility:auto
  // in published-css.ts, on pages that load this script): the first paint lays out one screen,
  // not the whole routine at once. Here they are laid out one per task, so that soon after the
  // page's geometry is whole (its length, anchors, what accessibility checkers measure) without
  // one long task on a slow phone.
  const lazy = Array.from(document.querySelectorAll('#offline ~ #first-response ~ section'));
  const layOutNext = () => {
    const section = lazy.shift();
    if (!section) return;
    section.style.contentVisibility = 'visible';
    void section.offsetHeight; // in this task, not all of them in the next frame
    setTimeout(layOutNext, 0);
  };
  setTimeout(layOutNext, 0);
})();

(() => {
  const stamp = document.getElementById('offline');
  const sw = navigator.serviceWorker;
  if (!stamp || !sw || !window.caches) return;
  const slug = location.pathname.split('/')[2];
  const version = stamp.dataset.version;
  const controlled = Boolean(sw.controller);
  const DAYS_30 = 30 * 24 * 60 * 60 * 1000;
  const show = (id, on) => {
    const el = document.getElementById(id);
    if (el) el.hidden = !on;
  };
  const showOffline = () => show('offline-saved', !navigator.onLine);

  async function render() {
    const cache = await caches.open('samrutin-r-meta');
    const response = await cache.match('/r/__offline-meta.json');
    const meta = response ? (await response.json())[slug] : undefined;
    if (!meta || meta.version !== version) return;
    const fetched = new Date(meta.fetchedAt);
    const time = stamp.querySelector('time');
    time.dateTime = meta.fetchedAt;
    time.textContent = new Intl.DateTimeFormat(stamp.dataset.lang === 'en' ? 'en-GB' : 'sv-SE', {
      dateStyle: 'medium',
      timeStyle: 'short',
    }).format(fetched);
    stamp.querySelector('.fetched').hidden = false;
    show('offline-updated', meta.updatedAt === meta.fetchedAt);
    show('offline-stale', Date.now() - fetched.getTime() > DAYS_30);
    showOffline();
  }

  sw.addEventListener('message', (event) => {
    if (event.data && event.data.type === 'stored') render().catch(() => undefined);
  });
  sw.register('/r/sw.js', { scope: '/r/' })
    .then(() => sw.ready)
    .then((registration) => {
      // The first visit did not go through the worker: ask it to store this page now.
      if (!controlled && registration.active) {
        registration.active.postMessage({
          type: 'store',
          url: location.pathname + location.search,
        });
      }
    })
    .catch(() => undefined);
  addEventListener('online', showOffline);
  addEventListener('offline', showOffline);
  render().catch(() => undefined);
})();
