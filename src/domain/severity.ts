/** How much a finding matters. A domain notion: rules declare it, configuration overrides it, the sheet colours by it. */
export type Severity = 'error' | 'warning' | 'info';
