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
    const databases = (await indexedDB.databases?.()) ?? [];
    await Promise.all(databases.map((db) => (db.name ? new Promise((resolve) => {
      const request = indexedDB.deleteDatabase(db.name as string);
      request.onsuccess = request.onerror = request.onblocked = () => resolve(undefined);
    }) : undefined)));
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
