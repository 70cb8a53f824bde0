import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/validate/problem';
import { validateContentAndImages } from '../../../src/lib/validate';
import { copyRoot, GOOD_ROOT, writeIn } from '../../helpers/content-root';
import { bombPng, transparentPng } from '../../helpers/png-bytes';
import { checkImages } from '../../../src/lib/validate/images';
import { DecodedImages } from '../../../src/lib/validate/decoded-images';

const TODAY = '2026-12-01';
const png = (width: number, height = 200) =>
  sharp({ create: { width, height, channels: 3, background: '#888' } })
    .png()
    .toBuffer();

async function problemsAfter(edit: (dir: string) => Promise<void>): Promise<string[]> {
  const dir = copyRoot();
  await edit(dir);
  const { problems } = await validateContentAndImages(dir, { today: TODAY });
  return problems.map((p) => formatProblem(p).replaceAll(dir, 'content'));
}

describe('photo checks in validate', () => {
  it('accepts the good fixture, whose photo is 600 px wide', async () => {
    const result = await validateContentAndImages(GOOD_ROOT, { today: TODAY });
    expect(result.problems).toEqual([]);
  });

  it('warns about a photo narrower than 400 px, without failing', async () => {
    const dir = copyRoot();
    writeIn(dir, 'images/people/small.png', await png(320));
    const result = await validateContentAndImages(dir, { today: TODAY });
    expect(result.errors).toBe(0);
    expect(result.problems.map((p) => formatProblem(p).replaceAll(dir, 'content'))).toEqual([
      'content/images/people/small.png （提醒）照片宽度只有 320 像素，在网页上会显得模糊。建议换一张宽度不少于 400 像素的照片。',
    ]);
  });

  it('measures the width as displayed, after the EXIF rotation', async () => {
    // Stored 600 × 300 but rotated a quarter turn by its EXIF orientation: shown 300 px wide.
    const rotated = await sharp({ create: { width: 600, height: 300, channels: 3, background: '#888' } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toBuffer();
    expect(await problemsAfter(async (d) => writeIn(d, 'images/rotated.jpg', rotated))).toEqual([
      'content/images/rotated.jpg （提醒）照片宽度只有 300 像素，在网页上会显得模糊。建议换一张宽度不少于 400 像素的照片。',
    ]);
  });

  it('refuses a file over 10 MB', async () => {
    expect(await problemsAfter(async (d) => writeIn(d, 'images/huge.jpg', Buffer.alloc(10 * 1024 * 1024 + 1)))).toEqual([
      'content/images/huge.jpg 照片文件太大（10.0 MB），不能超过 10 MB。请用看图或修图软件把照片缩小（宽度 2000 像素左右即可）后再放入。',
    ]);
  });

  it('refuses a file that is not an image, and an SVG', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600"></svg>';
    expect(
      await problemsAfter(async (d) => {
        writeIn(d, 'images/notes.jpg', '这不是照片');
        writeIn(d, 'images/logo.svg', svg);
      }),
    ).toEqual([
      'content/images/logo.svg 不是可用的图片文件（SVG 格式）。只接受 JPG、PNG、WebP、AVIF 和 GIF 照片，请用看图或修图软件另存为 JPG 后再放入；不是照片的文件请放到 content/files/。',
      'content/images/notes.jpg 不是可用的图片文件。只接受 JPG、PNG、WebP、AVIF 和 GIF 照片，请用看图或修图软件另存为 JPG 后再放入；不是照片的文件请放到 content/files/。',
    ]);
  });

  it('ignores hidden files such as .DS_Store', async () => {
    expect(await problemsAfter(async (d) => writeIn(d, 'images/.DS_Store', 'x'))).toEqual([]);
    expect(fs.existsSync(path.join(GOOD_ROOT, 'images/.DS_Store'))).toBe(false);
  });
});

describe('photos that would cost the build or publish broken', () => {
  const photo = () =>
    sharp({
      create: { width: 1200, height: 900, channels: 3, background: '#888', noise: { type: 'gaussian', mean: 128, sigma: 40 } },
    })
      .jpeg({ quality: 80 })
      .toBuffer();

  it('refuses a decompression bomb from its header, saying it has too many pixels', async () => {
    const bomb = bombPng(9000, 9000);
    expect(bomb.length).toBeLessThan(200_000);
    expect(await problemsAfter(async (d) => writeIn(d, 'images/bomb.png', bomb))).toMatchInlineSnapshot(`
      [
        "content/images/bomb.png 照片的像素太多（9000 × 9000 像素，约 8100 万像素），超过 6400 万像素的上限，构建时会占用大量内存。请用看图或修图软件把宽度缩小到 2000 像素左右后另存为 JPG 再放入。",
      ]
    `);
  });

  it('accepts a photo of as many pixels as a 50-megapixel phone takes', async () => {
    expect(await problemsAfter(async (d) => writeIn(d, 'images/phone-50mp.png', bombPng(8160, 6144)))).toEqual([]);
  });

  it('refuses a photo cut off half-way and one whose data is damaged', async () => {
    const whole = await photo();
    const damaged = Buffer.from(whole);
    damaged.fill(0xff, 2000, 2400);
    damaged.set([0xff, 0xd9], 2400);
    const lines = await problemsAfter(async (d) => {
      writeIn(d, 'images/cut.jpg', whole.subarray(0, whole.length / 2));
      writeIn(d, 'images/damaged.jpg', damaged);
      writeIn(d, 'images/cut.png', transparentPng().subarray(0, 1500));
      writeIn(d, 'images/whole.jpg', whole);
    });
    expect(lines).toMatchInlineSnapshot(`
      [
        "content/images/cut.jpg 照片文件不完整或已损坏（读到一半出错，网页上会显示成残缺的灰块）。请从原始照片重新导出或重新复制一份，用看图软件打开确认能完整显示后再放入。",
        "content/images/cut.png 照片文件不完整或已损坏（读到一半出错，网页上会显示成残缺的灰块）。请从原始照片重新导出或重新复制一份，用看图软件打开确认能完整显示后再放入。",
        "content/images/damaged.jpg 照片文件不完整或已损坏（读到一半出错，网页上会显示成残缺的灰块）。请从原始照片重新导出或重新复制一份，用看图软件打开确认能完整显示后再放入。",
      ]
    `);
  });
});

describe('photos decoded by an earlier run', () => {
  it('are remembered by size, time and inode, and decoded again once changed (cut off, say)', async () => {
    const dir = copyRoot();
    const list = path.join(dir, '..', `${path.basename(dir)}-decoded.json`);
    const photo = path.join(dir, 'images/people/zhang-san.png');
    expect((await checkImages(dir, new DecodedImages(list))).problems).toEqual([]);
    expect(Object.keys(JSON.parse(fs.readFileSync(list, 'utf8')) as object)).toEqual([photo]);
    expect(new DecodedImages(list).has(photo)).toBe(true);
    fs.writeFileSync(photo, fs.readFileSync(photo).subarray(0, 2000));
    expect(new DecodedImages(list).has(photo)).toBe(false);
    const again = await checkImages(dir, new DecodedImages(list));
    expect(again.problems.map((p) => p.code)).toEqual(['image-broken']);
    fs.rmSync(list);
  });
});
