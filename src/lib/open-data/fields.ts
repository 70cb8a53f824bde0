/**
 * The field dictionary (字段说明) of the open-data files: the one list that gives the JSON
 * `fields`, the CSV header (the keys, in this order) and the table on the /data/ page. A field is
 * here only when the portal publishes it on a page; consent flags and file paths never are.
 * Descriptions name the city's honour titles as {honor1}…{honor3}, filled by datasetFields().
 */
import type { HonorTitles } from '../schemas/person';

/** How a value is written; the Chinese names are shown in the 字段说明 table. */
export const FIELD_TYPES = {
  id: '标识',
  text: '文本',
  date: '日期（YYYY-MM-DD）',
  number: '数字',
  boolean: '是/否',
  list: '列表',
  url: '网址',
} as const;
export type FieldType = keyof typeof FIELD_TYPES;

export interface FieldSpec {
  /** JSON key and CSV column name, stable across releases of the data. */
  key: string;
  /** Chinese name of the field. */
  label: string;
  type: FieldType;
  /** What the value means and how it is written, for the reader of the 字段说明 table. */
  description: string;
}

const id = (what: string): FieldSpec => ({
  key: 'id',
  label: '标识',
  type: 'id',
  description: `${what}的固定标识（小写拼音或英文，以连字符连接），不会改变`,
});
const url = (what: string): FieldSpec => ({ key: 'url', label: '网页地址', type: 'url', description: `${what}在本站的网页地址` });

export const DATASETS = {
  releases: {
    title: '新闻发布稿',
    files: ['releases.json'],
    fields: [
      id('发布稿'),
      { key: 'title', label: '标题', type: 'text', description: '发布稿标题' },
      { key: 'date', label: '发布日期', type: 'date', description: '发布日期' },
      { key: 'updated', label: '更新日期', type: 'date', description: '最后一次实质性修改的日期；未修改为空' },
      { key: 'publisher', label: '发布单位', type: 'text', description: '发布单位名称' },
      { key: 'summary', label: '摘要', type: 'text', description: '一段话摘要；未单独撰写时取正文第一段' },
      {
        key: 'topics',
        label: '主题',
        type: 'list',
        description: '主题，可多项：文明创建、道德建设、文明实践、志愿服务、移风易俗、未成年人',
      },
      { key: 'people', label: '提到的好人', type: 'list', description: '文中提到的好人的标识，对应 people.json 的 id' },
      { key: 'attachments', label: '附件', type: 'list', description: '附件，每项含 title（标题）和 url（下载地址）' },
      url('发布稿'),
    ],
  },
  people: {
    title: '好人',
    files: ['people.json', 'people.csv'],
    fields: [
      id('好人'),
      { key: 'name', label: '姓名或名称', type: 'text', description: '姓名；集体为集体名称' },
      { key: 'group', label: '集体', type: 'boolean', description: '是否为集体（人(组)）' },
      { key: 'category', label: '类别', type: 'text', description: '助人为乐、见义勇为、诚实守信、敬业奉献、孝老爱亲之一' },
      { key: 'county', label: '县区', type: 'text', description: '所在县区' },
      { key: 'township', label: '乡镇/街道', type: 'text', description: '所在乡镇或街道；未公布为空' },
      {
        key: 'honors',
        label: '荣誉',
        type: 'list',
        description:
          '所获荣誉，每项含 title（{honor1}、{honor2}或{honor3}）和 period（年月 2019-05 或季度 2019-Q2）；CSV 中写作「{honor1} 2019-Q2；{honor3} 2020-05」',
      },
      { key: 'summary', label: '简介', type: 'text', description: '一句话简介' },
      url('好人'),
    ],
  },
  practiceSites: {
    title: '新时代文明实践阵地',
    files: ['practice-sites.json', 'practice-sites.csv'],
    fields: [
      id('阵地'),
      { key: 'name', label: '名称', type: 'text', description: '阵地全称' },
      { key: 'level', label: '级别', type: 'text', description: '中心、所或站' },
      { key: 'parent', label: '上级标识', type: 'id', description: '上级阵地的标识（所的上级是中心，站的上级是所）；中心为空' },
      { key: 'county', label: '县区', type: 'text', description: '所在县区' },
      { key: 'township', label: '乡镇/街道', type: 'text', description: '所在乡镇或街道；可为空' },
      { key: 'address', label: '地址', type: 'text', description: '地址' },
      { key: 'phone', label: '电话', type: 'text', description: '对外办公座机；可为空' },
      { key: 'hours', label: '开放时间', type: 'text', description: '开放时间；可为空' },
      { key: 'services', label: '服务项目', type: 'list', description: '服务项目；CSV 中以「、」分隔' },
      { key: 'lat', label: '纬度', type: 'number', description: '纬度（WGS 84 十进制度）；可为空' },
      { key: 'lng', label: '经度', type: 'number', description: '经度（WGS 84 十进制度）；可为空' },
      {
        key: 'datum',
        label: '坐标系',
        type: 'text',
        description:
          '纬度和经度所用的坐标系，有坐标时为 WGS-84（手机 GPS 定位所用；高德地图用 GCJ-02、百度地图用 BD-09，直接叠加会偏差数百米）；无坐标时为空',
      },
      url('阵地'),
    ],
  },
} as const satisfies Record<string, { title: string; files: readonly string[]; fields: readonly FieldSpec[] }>;

export type DatasetName = keyof typeof DATASETS;
/** The keys of a dataset's fields, in dictionary order. */
export type FieldKey<D extends DatasetName> = (typeof DATASETS)[D]['fields'][number]['key'];

export type FieldValue = string | number | boolean | null | readonly string[] | readonly Record<string, string>[];
/** One published item: exactly the dictionary's keys. Absent values are null, lists are empty. */
export type DataRecord<D extends DatasetName> = { [K in FieldKey<D>]: FieldValue };

/** A dataset's fields with the city's honour titles in their descriptions. */
export const datasetFields = (dataset: DatasetName, titles: HonorTitles): FieldSpec[] =>
  DATASETS[dataset].fields.map((f) => ({
    ...f,
    description: f.description.replace(/\{honor([123])\}/g, (_, n: string) => titles[Number(n) - 1]!),
  }));

export const fieldKeys = <D extends DatasetName>(dataset: D): FieldKey<D>[] =>
  DATASETS[dataset].fields.map((f) => f.key) as FieldKey<D>[];
