// Streaming ASCII armor for age files: the strict PEM subset of RFC 7468 §3 with the label
// "AGE ENCRYPTED FILE", as the age spec asks. Armor is malleable unless parsed strictly, so the
// decoder accepts exactly what age and typage produce and nothing else:
//   - up to 1024 bytes of whitespace (SP, TAB, CR, LF) before the BEGIN line and after the END line,
//     nothing else around the block;
//   - LF or CRLF line endings;
//   - body lines of exactly 64 base64 characters (48 bytes, no padding), then at most one shorter
//     final line (1..64 characters, a multiple of 4, `=` padding only at its end, zero padding bits;
//     64 characters is possible for a last line of 46 or 47 bytes), then the END line;
//   - at least one body line.
// Errors are AgeError('not-age'): a damaged armor is not a readable age file. The error class is
// injected so this module does not import age-stream.ts (which imports this one).

export const ARMOR_BEGIN = '-----BEGIN AGE ENCRYPTED FILE-----';
export const ARMOR_END = '-----END AGE ENCRYPTED FILE-----';

const MAX_WHITESPACE = 1024;
const COLUMNS = 64;
const BYTES_PER_LINE = 48;
/** Longest line we buffer while waiting for its newline: 64 columns + CR, or a BEGIN/END line. */
const MAX_LINE = 80;

const LF = 0x0a;
const CR = 0x0d;
const EQ = 0x3d;

/** Base64 alphabet value of each byte, or -1. */
const B64_VALUE = new Int8Array(256).fill(-1);
'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
  .split('')
  .forEach((c, i) => (B64_VALUE[c.charCodeAt(0)] = i));

function isSpace(b: number): boolean {
  return b === 0x20 || b === 0x09 || b === CR || b === LF;
}

export type ArmorErrorFactory = (message: string) => Error;

/** Armored bytes in, binary age file out. push() returns what complete lines decode to. */
export class ArmorDecoder {
  private state: 'lead' | 'begin' | 'body' | 'trail' = 'lead';
  private whitespace = 0;
  private readonly line = Buffer.allocUnsafe(MAX_LINE);
  private lineLen = 0;
  private bodyLines = 0;
  private sawLastLine = false;
  /** Base64 text of the validated lines of one push, decoded in one native call. */
  private scratch = Buffer.allocUnsafe(0);

  constructor(private readonly fail: ArmorErrorFactory) {}

  push(p: Uint8Array): Buffer {
    let off = 0;
    let textLen = 0;
    // Worst case every byte of p is base64 text, plus one carried partial line.
    if (this.scratch.length < p.length + MAX_LINE) this.scratch = Buffer.allocUnsafe(p.length + MAX_LINE);
    while (off < p.length) {
      if (this.state === 'lead' || this.state === 'trail') {
        const b = p[off] as number;
        if (!isSpace(b)) {
          if (this.state === 'trail') throw this.fail('data after the armored block');
          this.state = 'begin';
          continue;
        }
        if (++this.whitespace > MAX_WHITESPACE) throw this.fail('too much whitespace around the armored block');
        off++;
        continue;
      }
      const nl = p.indexOf(LF, off);
      const end = nl < 0 ? p.length : nl;
      if (this.lineLen + (end - off) > MAX_LINE) throw this.fail('armor line too long');
      this.line.set(p.subarray(off, end), this.lineLen);
      this.lineLen += end - off;
      if (nl < 0) break;
      off = nl + 1;
      textLen = this.endLine(textLen);
    }
    return this.decode(textLen);
  }

  finish(): Buffer {
    // The END line may lack its final newline.
    let textLen = 0;
    if (this.lineLen > 0 && (this.state === 'begin' || this.state === 'body')) {
      if (this.scratch.length < MAX_LINE) this.scratch = Buffer.allocUnsafe(MAX_LINE);
      textLen = this.endLine(0);
    }
    if (this.state !== 'trail') throw this.fail('armored block is truncated');
    return this.decode(textLen);
  }

  /** Handles the complete line in this.line; returns the new length of base64 text in scratch. */
  private endLine(textLen: number): number {
    let len = this.lineLen;
    this.lineLen = 0;
    if (len > 0 && this.line[len - 1] === CR) len--;
    const line = this.line.subarray(0, len);
    if (this.state === 'begin') {
      if (line.toString('latin1') !== ARMOR_BEGIN) throw this.fail('not an armored age file');
      this.state = 'body';
      return textLen;
    }
    if (len === ARMOR_END.length && line.toString('latin1') === ARMOR_END) {
      if (this.bodyLines === 0) throw this.fail('empty armored block');
      this.state = 'trail';
      this.whitespace = 0;
      return textLen;
    }
    if (this.sawLastLine) throw this.fail('armor line after the last line');
    if (len === 0 || len > COLUMNS || len % 4 !== 0) throw this.fail('bad armor line length');
    let padding = 0;
    if (line[len - 1] === EQ) padding = line[len - 2] === EQ ? 2 : 1;
    for (let i = 0; i < len - padding; i++) {
      if (B64_VALUE[line[i] as number] === -1) throw this.fail('bad character in armor');
    }
    // Canonical base64: the bits beyond the data in the last character before the padding are zero.
    if (padding > 0) {
      const last = B64_VALUE[line[len - 1 - padding] as number] as number;
      if ((padding === 2 ? last & 0x0f : last & 0x03) !== 0) throw this.fail('non-canonical base64 in armor');
    }
    if ((len / 4) * 3 - padding < BYTES_PER_LINE) this.sawLastLine = true;
    this.bodyLines++;
    this.scratch.set(line, textLen);
    return textLen + len;
  }

  private decode(textLen: number): Buffer {
    if (textLen === 0) return Buffer.alloc(0);
    return Buffer.from(this.scratch.toString('latin1', 0, textLen), 'base64');
  }
}

/** Binary age file in, armored text out (LF line endings, final newline), as `age -a` writes it. */
export class ArmorEncoder {
  private readonly pending = Buffer.allocUnsafe(BYTES_PER_LINE);
  private pendingLen = 0;
  private started = false;

  push(p: Uint8Array): Buffer {
    const parts: Buffer[] = [];
    if (!this.started) {
      this.started = true;
      parts.push(Buffer.from(`${ARMOR_BEGIN}\n`, 'latin1'));
    }
    let off = 0;
    if (this.pendingLen > 0) {
      const take = Math.min(BYTES_PER_LINE - this.pendingLen, p.length);
      this.pending.set(p.subarray(0, take), this.pendingLen);
      this.pendingLen += take;
      off = take;
      if (this.pendingLen < BYTES_PER_LINE) return Buffer.concat(parts);
      parts.push(encodeLines(this.pending));
      this.pendingLen = 0;
    }
    const whole = Math.floor((p.length - off) / BYTES_PER_LINE) * BYTES_PER_LINE;
    if (whole > 0) parts.push(encodeLines(p.subarray(off, off + whole)));
    off += whole;
    this.pending.set(p.subarray(off), 0);
    this.pendingLen = p.length - off;
    return parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts);
  }

  finish(): Buffer {
    const head = this.started ? '' : `${ARMOR_BEGIN}\n`;
    const last = this.pendingLen > 0 ? `${Buffer.from(this.pending.subarray(0, this.pendingLen)).toString('base64')}\n` : '';
    this.pendingLen = 0;
    return Buffer.from(`${head}${last}${ARMOR_END}\n`, 'latin1');
  }
}

/** Base64 of whole 48-byte groups, 64 columns + LF per group. */
function encodeLines(data: Uint8Array): Buffer {
  const text = Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('base64');
  const lines = text.length / COLUMNS;
  const out = Buffer.allocUnsafe(lines * (COLUMNS + 1));
  for (let i = 0; i < lines; i++) {
    out.write(text.substring(i * COLUMNS, (i + 1) * COLUMNS), i * (COLUMNS + 1), COLUMNS, 'latin1');
    out[i * (COLUMNS + 1) + COLUMNS] = LF;
  }
  return out;
}
