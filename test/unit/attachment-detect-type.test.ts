// Real types come from the bytes: images, documents, archives, executables and text are told apart
// whatever the file claims to be.
import { describe, expect, it } from 'vitest';
import { detectType } from '../../main/attachments/detect-type';
import { bmpFixture, encodeJpegFixture, encodePngFixture, fakeExecutable, fakePdf, gifFixture, MULTILINGUAL_TEXT } from '../support/attachment-fixtures';

const bytes = (...parts: (string | number[] | Buffer)[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

/** A local ZIP file header for a stored entry. */
function zipEntry(name: string, data = Buffer.alloc(0)): Buffer {
  const h = Buffer.alloc(30);
  h.write('PK\x03\x04', 0, 'latin1');
  h.writeUInt32LE(data.length, 18);
  h.writeUInt32LE(data.length, 22);
  h.writeUInt16LE(name.length, 26);
  return Buffer.concat([h, Buffer.from(name, 'latin1'), data]);
}

describe('detectType', () => {
  it('recognises the image formats it decodes', () => {
    expect(detectType(encodePngFixture(4, 4), true)).toEqual({ family: 'image', format: 'png', realType: 'image/png' });
    expect(detectType(encodeJpegFixture(8, 8), true)).toEqual({ family: 'image', format: 'jpeg', realType: 'image/jpeg' });
    expect(detectType(gifFixture(4, 4), true)).toEqual({ family: 'image', format: 'gif', realType: 'image/gif' });
    expect(detectType(bmpFixture(4, 4), true)).toEqual({ family: 'image', format: 'bmp', realType: 'image/bmp' });
  });

  it('names images it does not decode, documents, archives and media without previewing them', () => {
    const cases: [Buffer, string][] = [
      [bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 '), 'image/webp'],
      [bytes('II*\0', [8, 0, 0, 0]), 'image/tiff'],
      [bytes([0, 0, 0, 24], 'ftypheic', [0, 0, 0, 0]), 'image/heic'],
      [bytes([0, 0, 0, 24], 'ftypisom', [0, 0, 0, 0]), 'video/mp4'],
      [fakePdf(), 'application/pdf'],
      [bytes('garbage before the header\n%PDF-1.4\n'), 'application/pdf'],
      [bytes('{\\rtf1\\ansi hello}'), 'application/rtf'],
      [bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], Buffer.alloc(32)), 'application/x-cfb'],
      [Buffer.concat([zipEntry('[Content_Types].xml', Buffer.from('<Types/>')), zipEntry('_rels/.rels'), zipEntry('word/document.xml')]), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      [Buffer.concat([zipEntry('[Content_Types].xml'), zipEntry('xl/workbook.xml')]), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      [Buffer.concat([zipEntry('mimetype', Buffer.from('application/vnd.oasis.opendocument.text')), zipEntry('content.xml')]), 'application/vnd.oasis.opendocument.text'],
      [Buffer.concat([zipEntry('AndroidManifest.xml'), zipEntry('classes.dex')]), 'application/vnd.android.package-archive'],
      [Buffer.concat([zipEntry('notes.txt', Buffer.from('hi')), zipEntry('photo.jpg')]), 'application/zip'],
      [bytes('Rar!\x1a\x07\x01\x00'), 'application/vnd.rar'],
      [bytes([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0, 4]), 'application/x-7z-compressed'],
      [bytes([0x1f, 0x8b, 8, 0, 0, 0, 0, 0]), 'application/gzip'],
      [bytes('OggS', [0, 2, 0, 0]), 'audio/ogg'],
      [bytes('ID3', [4, 0, 0, 0, 0, 0, 0]), 'audio/mpeg'],
    ];
    for (const [b, realType] of cases) expect(detectType(b, true), realType).toEqual({ family: 'binary', realType });
  });

  it('finds executables whatever they are called', () => {
    expect(detectType(fakeExecutable(), true)).toEqual({ family: 'binary', realType: 'application/x-msdownload' });
    expect(detectType(bytes([0x7f], 'ELF', [2, 1, 1, 0], Buffer.alloc(56)), true)).toEqual({ family: 'binary', realType: 'application/x-elf' });
    expect(detectType(bytes([0xcf, 0xfa, 0xed, 0xfe, 7, 0, 0, 1], Buffer.alloc(24)), true)).toEqual({ family: 'binary', realType: 'application/x-mach-binary' });
    expect(detectType(bytes([0xca, 0xfe, 0xba, 0xbe, 0, 0, 0, 2], Buffer.alloc(40)), true)).toEqual({ family: 'binary', realType: 'application/x-mach-binary' });
    expect(detectType(bytes([0xca, 0xfe, 0xba, 0xbe, 0, 0, 0, 61], Buffer.alloc(40)), true)).toEqual({ family: 'binary', realType: 'application/java-vm' });
    expect(detectType(bytes('\0asm', [1, 0, 0, 0]), true)).toEqual({ family: 'binary', realType: 'application/wasm' });
    // A self-extracting script: a shell header on top of binary data.
    expect(detectType(bytes('#!/bin/sh\nexec tail -c +64 "$0" | tar xz\n', [0x1f, 0x8b, 0, 0, 0xff, 0xfe]), true)).toEqual({ family: 'binary', realType: 'application/x-executable-script' });
  });

  it('calls text text, and keeps markup and scripts recognisable', () => {
    expect(detectType(Buffer.from(MULTILINGUAL_TEXT, 'utf8'), true)).toEqual({ family: 'text', realType: 'text/plain' });
    expect(detectType(Buffer.from(`\ufeff${MULTILINGUAL_TEXT}`, 'utf16le'), true)).toEqual({ family: 'text', realType: 'text/plain' });
    expect(detectType(Buffer.from('#!/usr/bin/env python3\nprint("hi")\n'), true)).toEqual({ family: 'text', realType: 'text/x-script' });
    expect(detectType(Buffer.from('  <!DOCTYPE html><html><script>alert(1)</script>'), true)).toEqual({ family: 'text', realType: 'text/html' });
    expect(detectType(Buffer.from('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'), true)).toEqual({ family: 'text', realType: 'image/svg+xml' });
    // "MZ" at the start of a text is just text.
    expect(detectType(Buffer.from('MZ is een afkorting.\n'), true)).toEqual({ family: 'text', realType: 'text/plain' });
    // "BM" too: a BMP needs a plausible header after it.
    expect(detectType(Buffer.from('BMW rijdt voorbij, kenteken onbekend.\n'), true)).toEqual({ family: 'text', realType: 'text/plain' });
    expect(detectType(Buffer.alloc(0), true)).toEqual({ family: 'text', realType: 'text/plain' });
  });

  it('judges a prefix of a longer file without tripping over a cut character', () => {
    const long = Buffer.from('ş'.repeat(100), 'utf8');
    expect(detectType(long.subarray(0, 51), false)).toEqual({ family: 'text', realType: 'text/plain' });
    expect(detectType(long.subarray(0, 51), true)).toEqual({ family: 'binary', realType: 'application/octet-stream' });
  });

  it('calls binary data binary', () => {
    expect(detectType(bytes('hello\0world'), true).realType).toBe('application/octet-stream');
    expect(detectType(Buffer.from([0xc3, 0x28, 0x41, 0x42]), true).realType).toBe('application/octet-stream');
    expect(detectType(Buffer.from('\x01\x02\x03\x04\x05 mostly control characters'), true).realType).toBe('application/octet-stream');
  });
});
