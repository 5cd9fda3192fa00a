import { createWriteStream, type WriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";

/**
 * A destination written under "<path>.partial" and renamed to <path> only when complete, so an interrupted batch
 * never leaves a file that looks finished. Without a path it writes to stdout.
 */
export class OutputFile {
  private readonly stream: WriteStream | NodeJS.WriteStream;
  private readonly partial: string | null;

  constructor(private readonly path: string | null, options: { append?: boolean } = {}) {
    this.partial = path === null ? null : `${path}.partial`;
    this.stream = this.partial === null ? process.stdout : createWriteStream(this.partial, { flags: options.append ? "a" : "w" });
  }

  write(chunk: string): Promise<void> {
    if (chunk === "") return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.stream.write(chunk, (error) => (error ? reject(error) : resolve()));
    });
  }

  /** Flushes; renames to the final name when `complete`, else leaves "<path>.partial" for --resume. */
  async close(complete: boolean): Promise<void> {
    if (this.partial === null || this.path === null) return;
    const stream = this.stream as WriteStream;
    await new Promise<void>((resolve) => stream.end(() => resolve()));
    if (complete) await rename(this.partial, this.path);
  }

  static async discardStale(path: string): Promise<void> {
    await rm(`${path}.partial`, { force: true });
  }
}
