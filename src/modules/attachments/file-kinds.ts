import { open } from 'node:fs/promises';
import { fileTypeFromFile } from 'file-type';
import { AppError } from '../../shared/errors.ts';

/**
 * What a hotline keeps as evidence: photos from phones, scanned or signed documents, office files, call or
 * site recordings and short videos. Everything else is refused — above all HTML and SVG, which a browser
 * would run as script when opened from the platform's own origin.
 */
const ACCEPTED: Record<string, string> = {
  'image/jpeg': '图片',
  'image/png': '图片',
  'image/gif': '图片',
  'image/webp': '图片',
  'image/heic': '图片',
  'application/pdf': 'PDF 文档',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word 文档',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel 表格',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PPT 演示文稿',
  // .doc and .xls of older offices: an OLE compound file
  'application/x-cfb': 'Office 97–2003 文档',
  'application/vnd.ms-outlook': 'Office 97–2003 文档',
  'audio/mpeg': '录音',
  'audio/wav': '录音',
  'audio/amr': '录音',
  'audio/mp4': '录音',
  'video/mp4': '视频',
};

export const ACCEPTED_KINDS_TEXT =
  '图片（JPG/PNG/GIF/WebP/HEIC）、PDF、Word、Excel、PPT、录音（MP3/WAV/AMR/M4A）、MP4 视频或 TXT 文本';

/** Plain text has no signature: accepted only as a .txt file of valid UTF-8 without NUL bytes. */
async function isPlainText(path: string, fileName: string): Promise<boolean> {
  if (!/\.txt$/i.test(fileName)) return false;
  const handle = await open(path);
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const head = buffer.subarray(0, bytesRead);
    if (head.includes(0)) return false;
    // A cut in the middle of a multi-byte character at the 64 KB boundary is not an error.
    new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, Math.max(0, bytesRead - 3)));
    return true;
  } catch {
    return false;
  } finally {
    await handle.close();
  }
}

/** The media type of an upload read from its bytes, or a 415 naming what is accepted. */
export async function detectAcceptedType(path: string, fileName: string): Promise<string> {
  const detected = await fileTypeFromFile(path);
  if (detected && ACCEPTED[detected.mime]) return detected.mime;
  if (!detected && (await isPlainText(path, fileName))) return 'text/plain; charset=utf-8';
  throw new AppError(
    'ATTACHMENT_TYPE_REFUSED',
    `不接受此类文件（${detected?.ext ?? '未知类型'}），可上传${ACCEPTED_KINDS_TEXT}`,
    {
      field: 'body',
      detected: detected?.mime ?? null,
    },
  );
}

/** Images and PDFs may open in the browser; everything else downloads. */
export function opensInline(mediaType: string): boolean {
  return mediaType.startsWith('image/') || mediaType === 'application/pdf';
}

/** A file name as a person gave it, without folders or control characters. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex -- control characters are what is removed
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return clean.slice(-200);
}
