// Numbers inside messages: Vietnamese messages write them the Vietnamese way (1.457, 79,5),
// English ones the English way (1,457, 79.5). Where the written form differs from the YAML
// value (1457), the message shows the YAML value too, so nobody misreads 1.457 as a fraction.
import type { Bilingual } from '../i18n';
import { formatVietnameseNumber } from './vietnamese';

const en = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

export function formatEnglishNumber(n: number): string {
  return en.format(n);
}

/** The number in each locale's own style. */
export function localNumber(n: number): Bilingual {
  return { vi: formatVietnameseNumber(n), en: formatEnglishNumber(n) };
}

/** The number in each locale's style, followed by the YAML value when the two differ. */
export function localNumberWithYaml(n: number): Bilingual {
  const yaml = String(n);
  const vi = formatVietnameseNumber(n);
  const enText = formatEnglishNumber(n);
  return {
    vi: vi === yaml ? vi : `${vi} (trong YAML: ${yaml})`,
    en: enText === yaml ? enText : `${enText} (YAML: ${yaml})`,
  };
}
