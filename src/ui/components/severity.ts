/** Severity order, badge colours and labels, shared by the finding list and the settings. */
import type { Severity } from '../../sheet/plan';
import type { Key } from '../i18n';

export const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

export const SEVERITY_KEY: Record<Severity, Key> = { error: 'severity.error', warning: 'severity.warning', info: 'severity.info' };

export const SEVERITY_BADGE: Record<Severity, 'danger' | 'warning' | 'informative'> = {
  error: 'danger',
  warning: 'warning',
  info: 'informative',
};
