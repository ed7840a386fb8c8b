// Attachments for the authenticity signals, made the way an adversary would: a JPEG whose EXIF is
// written by exiftool (a real, independent tool), a renamed Windows executable, a PDF that runs
// JavaScript when opened.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import jpeg from 'jpeg-js';
import { pixels } from './attachment-fixtures';

export function exiftoolJpeg(dir: string, tags: Record<string, string>): Buffer {
  const file = join(dir, `photo-${Object.keys(tags).length}-${Math.random().toString(36).slice(2)}.jpg`);
  writeFileSync(file, jpeg.encode({ data: pixels(24, 16), width: 24, height: 16 }, 85).data);
  execFileSync('exiftool', ['-q', '-overwrite_original', ...Object.entries(tags).map(([k, v]) => `-${k}=${v}`), file]);
  return readFileSync(file);
}

/** The smallest file Windows would load as a PE executable: MZ header pointing at "PE\0\0". */
export function windowsExecutable(): Buffer {
  const b = Buffer.alloc(512);
  b.write('MZ', 0, 'latin1');
  b.writeUInt32LE(0x80, 0x3c);
  b.write('PE\0\0', 0x80, 'latin1');
  b.writeUInt16LE(0x14c, 0x84);
  return b;
}

export function pdfWithJavaScript(): Buffer {
  return Buffer.from(
    '%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R /OpenAction 3 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n' +
      '3 0 obj\n<< /S /JavaScript /JS (app.alert\\(1\\)) >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
    'latin1',
  );
}
