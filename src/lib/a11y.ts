// Accessibility attributes for H5 (screen readers, axe). The weapp templates have no slot for them, so they are left out there.
export interface A11yProps {
  role?: string;
  label?: string;
  level?: number;
  checked?: boolean;
  disabled?: boolean;
  live?: 'polite' | 'assertive';
  modal?: boolean;
  labelledBy?: string;
  describedBy?: string;
  hidden?: boolean;
  /** A toggle that shows or hides a part (folded filters). */
  expanded?: boolean;
}

export function a11y(props: A11yProps): object {
  if (process.env.TARO_ENV !== 'h5') return {};
  const out: Record<string, string | number> = {};
  if (props.role) out.role = props.role;
  if (props.label) out['aria-label'] = props.label;
  if (props.level !== undefined) out['aria-level'] = props.level;
  if (props.checked !== undefined) out['aria-checked'] = String(props.checked);
  if (props.disabled) out['aria-disabled'] = 'true';
  if (props.live) out['aria-live'] = props.live;
  if (props.modal) out['aria-modal'] = 'true';
  if (props.labelledBy) out['aria-labelledby'] = props.labelledBy;
  if (props.describedBy) out['aria-describedby'] = props.describedBy;
  if (props.hidden) out['aria-hidden'] = 'true';
  if (props.expanded !== undefined) out['aria-expanded'] = String(props.expanded);
  const tappable = ['button', 'link', 'switch', 'radio', 'checkbox'];
  if (props.role && tappable.includes(props.role)) {
    // Reachable by keyboard (Enter/Space handled in h5-shell.ts); our size checks find tappables by this mark.
    out.tabIndex = props.disabled ? -1 : 0;
    out['data-tappable'] = 'true';
  }
  return out;
}
