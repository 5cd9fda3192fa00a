// Minimal types for the part of cli-progress we use (the package ships none).
declare module "cli-progress" {
  export class SingleBar {
    constructor(options: { stream?: NodeJS.WritableStream; format?: string; hideCursor?: boolean });
    start(total: number, value: number, payload?: Record<string, unknown>): void;
    update(value: number, payload?: Record<string, unknown>): void;
    stop(): void;
  }
}
