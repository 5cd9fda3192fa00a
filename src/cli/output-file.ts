import { createWriteStream, type WriteStream } from "node:fs";
import { access, constants, rename, rm, stat } from "node:fs/promises";
import { dirname } from "node:path";
import { UsageError } from "./args.js";

/** An output file could not be written (disk full, permissions changed mid-run …). */
export class OutputError extends Error {}

/**
 * Refuses, before any analysis, an output path that cannot work: a folder, a device or pipe, a missing folder, a
 * folder we may not write to. `flag` names the option in the message.
 */
export async function checkOutputPath(flag: string, path: string): Promise<void> {
  const info = await stat(path).catch(() => null);
  if (info?.isDirectory()) throw new UsageError(`${flag}: ${path} is a folder, expected a file name such as ${path.replace(/[\\/]+$/, "")}/report.csv`);
  // renaming over a device or a pipe would replace it with a plain file
  if (info && !info.isFile()) throw new UsageError(`${flag}: ${path} is not a regular file (a device or a pipe): leave out ${flag === "--out" ? "--out to write to stdout" : flag}`);
  const folder = dirname(path);
  const parent = await stat(folder).catch(() => null);
  if (parent === null || !parent.isDirectory()) throw new UsageError(`${flag}: the folder ${folder} does not exist`);
  try {
    await access(folder, constants.W_OK);
  } catch {
    throw new UsageError(`${flag}: the folder ${folder} is not writable`);
  }
}

/** Characters collected before they are written. */
const FLUSH_AT = 64 * 1024;

/**
 * A destination written under "<path>.partial" and renamed to <path> only when complete, so an interrupted batch
 * never leaves a file that looks finished. Without a path it writes to stdout.
 */
export class OutputFile {
  private readonly stream: WriteStream | NodeJS.WriteStream;
  private readonly partial: string | null;
  private failure: Error | null = null;
  private pending: string[] = [];
  private pendingLength = 0;

  constructor(private readonly path: string | null, options: { append?: boolean } = {}) {
    this.partial = path === null ? null : `${path}.partial`;
    this.stream = this.partial === null ? process.stdout : createWriteStream(this.partial, { flags: options.append ? "a" : "w" });
    if (this.partial !== null) this.stream.on("error", (error: Error) => { this.failure ??= error; });
  }

  private error(): OutputError {
    const code = (this.failure as NodeJS.ErrnoException | null)?.code;
    return new OutputError(`cannot write ${this.partial ?? "stdout"}: ${code ?? this.failure?.message ?? "unknown error"}`);
  }

  /**
   * Collects chunks and hands them to the stream ~64 KB at a time: one write per file of a batch cost ~5% of a
   * --jobs 1 run in system calls. A failed write rejects the next write or close.
   */
  write(chunk: string): Promise<void> {
    if (this.failure) return Promise.reject(this.error());
    if (chunk === "") return Promise.resolve();
    this.pending.push(chunk);
    this.pendingLength += chunk.length;
    return this.pendingLength < FLUSH_AT ? Promise.resolve() : this.flush();
  }

  /** Writes what was collected; resolves once the stream has taken it. */
  private flush(): Promise<void> {
    if (this.pending.length === 0) return this.failure ? Promise.reject(this.error()) : Promise.resolve();
    const text = this.pending.join("");
    this.pending = [];
    this.pendingLength = 0;
    return new Promise((resolve, reject) => {
      this.stream.write(text, (error) => {
        if (error) {
          this.failure ??= error;
          reject(this.error());
        } else resolve();
      });
    });
  }

  /** Flushes; renames to the final name when `complete`, else leaves "<path>.partial" for --resume. */
  async close(complete: boolean): Promise<void> {
    await this.flush();
    if (this.partial === null || this.path === null) return;
    const stream = this.stream as WriteStream;
    if (!this.failure) await new Promise<void>((resolve) => stream.end(() => resolve()));
    if (this.failure) throw this.error();
    if (complete) await rename(this.partial, this.path);
  }

  static async discardStale(path: string): Promise<void> {
    await rm(`${path}.partial`, { force: true });
  }
}
