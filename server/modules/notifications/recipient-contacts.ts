// Associated data of a delivery's encrypted address. Contacts themselves come from identity (findContacts).
export { findContacts } from '../identity/person-facts';
export const DELIVERY_ADDRESS_COLUMN = 'notification_deliveries.address';

export interface Contact {
  mobile: string | null;
  email: string | null;
}
