/**
 * The licences a government may choose for its open data, by SPDX id. CC BY 4.0 is the default: it is
 * what Colombia's and Mexico's national open-data policies recommend for public information.
 */
export const openDataLicenses = {
  'CC-BY-4.0': {
    title: 'Creative Commons Attribution 4.0',
    path: 'https://creativecommons.org/licenses/by/4.0/',
  },
  'CC-BY-SA-4.0': {
    title: 'Creative Commons Attribution-ShareAlike 4.0',
    path: 'https://creativecommons.org/licenses/by-sa/4.0/',
  },
  'CC0-1.0': {
    title: 'CC0 1.0 Universal (dominio público)',
    path: 'https://creativecommons.org/publicdomain/zero/1.0/',
  },
  'ODbL-1.0': {
    title: 'Open Data Commons Open Database License 1.0',
    path: 'https://opendatacommons.org/licenses/odbl/1-0/',
  },
} as const;

export type OpenDataLicenseId = keyof typeof openDataLicenses;
export const openDataLicenseIds = Object.keys(openDataLicenses) as [
  OpenDataLicenseId,
  ...OpenDataLicenseId[],
];
export const defaultOpenDataLicense: OpenDataLicenseId = 'CC-BY-4.0';
