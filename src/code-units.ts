import { INITIAL_CAPACITY, keptBufferFits } from "./int32-buffers.js";

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * A text's UTF-16 code units copied into a typed array kept from one text to the next. A scan over every character
 * of a plan reads a Uint16Array about twice as fast as it calls charCodeAt (plan texts are slices of the cleaned
 * text, and charCodeAt on a sliced string dispatches on its representation at every call); Node's UTF-16 write
 * copies the text in one native call.
 */
export class CodeUnitBuffer {
  private units = new Uint16Array(INITIAL_CAPACITY);
  private bytes = bytesOf(this.units);

  /** The code units of `text`: a view valid until this buffer is used again. */
  of(text: string): Uint16Array {
    const { length } = text;
    if (!keptBufferFits(this.units.length, length)) {
      this.units = new Uint16Array(Math.max(INITIAL_CAPACITY, length));
      this.bytes = bytesOf(this.units);
    }
    if (LITTLE_ENDIAN) this.bytes.write(text, 0, "utf16le");
    else for (let i = 0; i < length; i += 1) this.units[i] = text.charCodeAt(i);
    return this.units.subarray(0, length);
  }
}

const bytesOf = (units: Uint16Array): Buffer => Buffer.from(units.buffer, units.byteOffset, units.byteLength);
