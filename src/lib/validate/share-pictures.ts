/** A warning when the committed share pictures no longer show the site's name and publisher. */
import path from 'node:path';
import { displayPath } from '../content/paths';
import { SHARE_SECTIONS } from '../share/images';
import { committedPicture, SHARE_FOLDER, SHARE_MANIFEST } from '../share/pictures';
import type { Content } from './schema-check';
import type { Problem } from './problem';

export function checkSharePictures(c: Content, problems: Problem[]): void {
  const stale = SHARE_SECTIONS.flatMap((section) => {
    const found = committedPicture(c.dir, c.site, section);
    return found.state === 'stale' ? [`${section}.png（${found.why}）`] : [];
  });
  if (stale.length)
    problems.push({
      severity: 'warning',
      code: 'share-picture-stale',
      file: displayPath(path.join(c.dir, SHARE_FOLDER, SHARE_MANIFEST)),
      message: `分享图片已过时：${stale.join('；')}。在重新绘制之前，网站会改用不带文字的标志图。请运行 npm run share:draw 重新绘制后提交。`,
    });
}
