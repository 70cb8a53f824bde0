/**
 * Text files must be UTF-8. Windows Notepad's 「ANSI」 and Excel's 「CSV（逗号分隔）」 are GBK on a
 * Chinese Windows: read as UTF-8 they would publish as garbled text, so they are refused with the
 * steps to save them again as UTF-8.
 */

/** The text without its byte-order mark, or undefined when the bytes are not UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return undefined;
  }
}

export const RESAVE_AS_UTF8 =
  '文件不是 UTF-8 编码（Excel 默认保存的「CSV（逗号分隔）」是 GBK 编码）。请在 Excel 中打开它，选择「文件 › 另存为」，保存类型选「CSV UTF-8（逗号分隔）(*.csv)」，再重新提交。WPS 表格：另存为时在编码中选择 UTF-8。';

export const RESAVE_TEXT_AS_UTF8 =
  '文件不是 UTF-8 编码（Windows 记事本的「ANSI」编码就是 GBK），网页上会显示成乱码。请用记事本打开它，选择「文件 › 另存为」，在下方「编码」中选「UTF-8」后保存，再重新提交；用 VS Code 时，点右下角的编码名称，选「通过编码保存」›「UTF-8」。';
