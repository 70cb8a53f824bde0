/** `content/site.yaml`: who publishes the portal, how to reach them, and the counties it covers. */
import { z } from 'zod';

export const siteSchema = z
  .object({
    /** Site name shown in the header and titles, e.g. 亳州文明网. */
    name: z.string({ required_error: 'required' }).min(1, 'required'),
    /** 主办单位: the office that publishes the site, e.g. 亳州市文明办. */
    publisher: z.string({ required_error: 'required' }).min(1, 'required'),
    /** Public address of the site, with scheme, e.g. https://wmb.bozhou.gov.cn (no trailing slash needed). */
    url: z.string({ required_error: 'required' }).url('url'),
    /** Postal address of the office. */
    address: z.string({ required_error: 'required' }).min(1, 'required'),
    /** Office landline, e.g. 0558-5555555. */
    phone: z.string({ required_error: 'required' }).min(1, 'required'),
    /** The office's public e-mail; the only e-mail address allowed in stories and releases. */
    email: z.string({ required_error: 'required' }).email('email'),
    /** Counties and districts of the city, in display order, e.g. 谯城区. */
    counties: z.array(z.string().min(1, 'required'), { required_error: 'required' }).min(1, 'required'),
    /** 网站标识码 issued for government sites (optional). */
    siteIdCode: z.string().optional(),
    /** ICP备案号 (optional), e.g. 皖ICP备00000000号. */
    icp: z.string().optional(),
    /** 公安机关备案号 (optional). */
    psb: z.string().optional(),
  })
  .strict();

export type Site = z.infer<typeof siteSchema>;
