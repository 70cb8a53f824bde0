/**
 * Short names and URL slugs of places from their official names: the city's and province's
 * (阜阳市 → 阜阳 → fuyang, as in 阜阳好人 and /people/level/fuyang/) and the counties'
 * (颍州区 → yingzhou, as in /sites/yingzhou/). Generic rules; a name the pinyin library reads
 * wrongly (a polyphone) is corrected in site.yaml's countyIds.
 */
import { pinyinId } from './ids';

// The 55 ethnic groups besides Han, longest first, for names such as 广西壮族自治区 or 延边朝鲜族自治州.
const ETHNIC =
  '柯尔克孜|乌孜别克|维吾尔|哈萨克|塔吉克|俄罗斯|鄂伦春|鄂温克|达斡尔|塔塔尔|土家|蒙古|布依|朝鲜|哈尼|傈僳|拉祜|东乡|纳西|景颇|仫佬|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|德昂|保安|裕固|独龙|赫哲|门巴|珞巴|基诺|高山|回|藏|苗|彝|壮|满|侗|瑶|白|傣|黎|佤|畲|水|土|羌|怒|京';
// At least two characters stay: 内蒙古自治区 is 内蒙古, not 内.
const PEOPLES = new RegExp(`(?<=^.{2,})(?:(?:${ETHNIC})族?)+(?=自治)`);

const without = (name: string, suffix: RegExp) => name.replace(PEOPLES, '').replace(suffix, '') || name;

/**
 * A province's or city's name without its suffix: 阜阳市 → 阜阳, 安徽省 → 安徽, 广西壮族自治区 → 广西,
 * 延边朝鲜族自治州 → 延边, 大兴安岭地区 → 大兴安岭, 锡林郭勒盟 → 锡林郭勒.
 */
export const shortName = (name: string) => without(name, /(?:特别行政区|自治区|自治州|地区|省|市|盟)$/);

/** A county's name without its suffix: 颍州区 → 颍州, 界首市 → 界首, 长阳土家族自治县 → 长阳. */
export const countyStem = (name: string) => without(name, /(?:自治县|自治旗|林区|特区|区|县|市|旗)$/);

/** Pinyin without separators or tones: 阜阳 → fuyang, 颍州 → yingzhou. */
export const placeSlug = (text: string) => pinyinId(text).replaceAll('-', '');
