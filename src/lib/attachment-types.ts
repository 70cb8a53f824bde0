/**
 * What content/files/ may publish: documents and plain images, each extension with the type its
 * bytes must show (file-type's detection). Never a type that a browser runs or renders as a page
 * of this site (HTML, SVG, XML, JavaScript…): a file there is served from the portal's own origin.
 * The web server picks Content-Type by extension, so extension and bytes must agree.
 */
export const ATTACHMENT_TYPES = {
  pdf: ['application/pdf'],
  doc: ['application/x-cfb'],
  xls: ['application/x-cfb'],
  ppt: ['application/x-cfb'],
  // WPS Office's own formats, common in Chinese offices, are OLE compound files too.
  wps: ['application/x-cfb'],
  et: ['application/x-cfb'],
  dps: ['application/x-cfb'],
  docx: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  xlsx: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  pptx: ['application/vnd.openxmlformats-officedocument.presentationml.presentation'],
  odt: ['application/vnd.oasis.opendocument.text'],
  ods: ['application/vnd.oasis.opendocument.spreadsheet'],
  odp: ['application/vnd.oasis.opendocument.presentation'],
  jpg: ['image/jpeg'],
  jpeg: ['image/jpeg'],
  png: ['image/png'],
  gif: ['image/gif'],
  webp: ['image/webp'],
} as const satisfies Record<string, readonly string[]>;

export type AttachmentExtension = keyof typeof ATTACHMENT_TYPES;

export const extensionOf = (file: string) => /\.([^./\\]+)$/.exec(file)?.[1]?.toLowerCase() ?? '';

export const isAttachmentExtension = (ext: string): ext is AttachmentExtension => Object.hasOwn(ATTACHMENT_TYPES, ext);

/** Names an editor reads in messages: PDF、Word（doc/docx）… */
export const ATTACHMENT_KINDS =
  'PDF、Word（doc/docx/wps）、Excel（xls/xlsx/et）、PowerPoint（ppt/pptx/dps）、OpenDocument（odt/ods/odp）和图片（jpg/png/gif/webp）';
