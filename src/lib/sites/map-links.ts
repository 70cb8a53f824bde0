/**
 * Plain links that open a site's position in the phone's map apps: no script, no request from the
 * page. Web addresses rather than app schemes (iosamap://, baidumap://, geo:), because WeChat's
 * browser blocks app schemes; each address offers to open the installed app. The site's
 * coordinates are WGS-84 (what phones report), and each app is told so.
 */
export interface MapLink {
  /** App name as citizens know it. */
  app: string;
  href: string;
}

export function mapLinks(name: string, lat: number, lng: number): MapLink[] {
  const q = encodeURIComponent(name);
  return [
    {
      app: '高德地图',
      href: `https://uri.amap.com/marker?position=${lng},${lat}&name=${q}&coordinate=wgs84&callnative=1`,
    },
    {
      app: '百度地图',
      href: `https://api.map.baidu.com/marker?location=${lat},${lng}&title=${q}&content=${q}&output=html&coord_type=wgs84&src=wenming-portal`,
    },
    { app: '苹果地图', href: `https://maps.apple.com/?ll=${lat},${lng}&q=${q}` },
  ];
}
