// pino-roll ships no types; this is the part of its API the audit log uses (see its README).
declare module 'pino-roll' {
  import type SonicBoom from 'sonic-boom';

  export interface PinoRollOptions {
    /** Base path; pino-roll appends `.<number>` and the extension. */
    file: string;
    /** Roll when a file reaches this size ('1m', '200k', or megabytes as a number). */
    size?: string | number;
    /** 'daily', 'hourly', or milliseconds. */
    frequency?: 'daily' | 'hourly' | number;
    extension?: string;
    /** Keep `count` files besides the current one. */
    limit?: { count: number; removeOtherLogFiles?: boolean };
    mkdir?: boolean;
    symlink?: boolean;
    dateFormat?: string;
    fsync?: boolean;
    /** sonic-boom: bytes to buffer before writing (flush waits for the disk only when above 0). */
    minLength?: number;
    sync?: boolean;
  }

  export default function pinoRoll(options: PinoRollOptions): Promise<SonicBoom>;
}
