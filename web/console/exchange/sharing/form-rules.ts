import type { FormRule } from 'antd';

/**
 * "Choose at least one" for a checkbox group, as a validator rather than `required`: antd marks a required item
 * aria-required, which a checkbox group (no ARIA role that allows it) must not carry.
 */
export function atLeastOne(message: string): FormRule {
  return { validator: (_rule, value: unknown) => (Array.isArray(value) && value.length > 0 ? Promise.resolve() : Promise.reject(new Error(message))) };
}
