// What the renderer may learn about an attachment (main/attachments/preview.ts). Never the stored
// bytes: an image only as a freshly encoded PNG, plain text only as text, anything else only as
// name, real type (from the bytes), size and hash.

/** Hard limits of previews; anything past them is described, not decoded. */
export const PREVIEW_LIMITS = {
  /** Image files larger than this are not decoded ('too-large'). */
  imageBytes: 20 * 1024 * 1024,
  /** Images announcing more pixels than this (width × height from the header) are not decoded. */
  imagePixels: 40_000_000,
  /** Decoded PNG pixel data larger than this (16-bit PNGs) is not decoded. */
  pngRawBytes: 192 * 1024 * 1024,
  /** The preview's long side, in pixels; larger images are scaled down. */
  imageEdge: 1600,
  /** Text previews stop after this many characters (UTF-16 code units). */
  textChars: 200_000,
} as const;

type Described = {
  /** The type found in the bytes (magic numbers), e.g. 'image/jpeg', 'application/x-msdownload'. */
  realType: string;
  /** The media type the bundle declared; shown for comparison, never trusted. */
  declaredType: string;
  filename: string;
  size: number;
  sha256: string;
};

export type AttachmentPreview =
  /** `png`: base64 of a PNG encoded here from decoded pixels (no metadata); width/height are the preview's. */
  | ({ kind: 'image'; png: string; width: number; height: number } & Described)
  /** Plain text to be shown as text (never interpreted), without a byte-order mark. */
  | ({ kind: 'text'; text: string; truncated: boolean } & Described)
  | ({ kind: 'other'; reason: PreviewRefusal } & Described);

export type PreviewRefusal = 'not-previewable' | 'too-large' | 'undecodable';
