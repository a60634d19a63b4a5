/**
 * Part of every reset: the app keeps answers only in React state, but anything a page could have
 * left in web storage is cleared too, and history holds one entry so "back" leads nowhere.
 */
export async function wipeSessionTraces(): Promise<void> {
  try {
    localStorage.clear();
    sessionStorage.clear();
  } catch {
    // Storage can be unavailable (e.g. disabled); then there is nothing to clear.
  }
  try {
    const names = (await indexedDB.databases()).flatMap((db) => (db.name ? [db.name] : []));
    await Promise.all(
      names.map(
        (name) =>
          new Promise<void>((resolve) => {
            const request = indexedDB.deleteDatabase(name);
            request.onsuccess = request.onerror = request.onblocked = () => resolve();
          }),
      ),
    );
  } catch {
    // Nothing to delete.
  }
  try {
    if ('caches' in window) for (const key of await caches.keys()) await caches.delete(key);
  } catch {
    // Cache storage is unavailable in this context.
  }
  history.replaceState(null, '', location.pathname);
}
