// The roster and org screens' paths (their own subpackage), with their query parameters.
import Taro from '@tarojs/taro';

export const ORG_ROUTES = {
  roster: '/subpackages/org/roster/index',
  person: '/subpackages/org/person/index',
  transfers: '/subpackages/org/transfers/index',
  tree: '/subpackages/org/tree/index',
  import: '/subpackages/org/import/index',
  sheet: '/subpackages/org/sheet/index',
} as const;

export type OrgRoute = (typeof ORG_ROUTES)[keyof typeof ORG_ROUTES];

export function openOrgPage(url: OrgRoute, params: Record<string, number> = {}): void {
  const query = Object.entries(params)
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
  void Taro.navigateTo({ url: query ? `${url}?${query}` : url });
}

/** A positive whole number from a page parameter, or undefined. */
export function idParam(value: string | undefined): number | undefined {
  return value !== undefined && /^[1-9][0-9]{0,9}$/.test(value) ? Number(value) : undefined;
}
