/**
 * The open staff session: a random token the renderer holds while staff mode is on. Every
 * staff-only channel must present it; it ends when staff close staff mode, or after a quiet spell
 * in the main process too (a backstop if the screen never says goodbye). One session at a time.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';

export interface StaffSessions {
  open(): string;
  /** True while `token` is the open session; each success keeps it alive. */
  verify(token: string): boolean;
  close(): void;
  isOpen(): boolean;
}

export function createStaffSessions(options: { now: () => number; expireAfterMs: number }): StaffSessions {
  let session: { token: Buffer; lastUsedMs: number } | null = null;

  function expired(): boolean {
    return session !== null && options.now() - session.lastUsedMs > options.expireAfterMs;
  }

  return {
    open() {
      const token = randomBytes(32).toString('base64url');
      session = { token: Buffer.from(token), lastUsedMs: options.now() };
      return token;
    },
    verify(token) {
      if (!session) return false;
      if (expired()) {
        session = null;
        return false;
      }
      const given = Buffer.from(token);
      if (given.length !== session.token.length || !timingSafeEqual(given, session.token)) return false;
      session.lastUsedMs = options.now();
      return true;
    },
    close() {
      session = null;
    },
    isOpen() {
      if (expired()) session = null;
      return session !== null;
    },
  };
}
