import { CustomerKey } from "../../../oracle/sse/customer-key.ts";

/** K1 and K2 of the rows' setups: the 32 ASCII bytes whose base64 the requests send (aws-observed README, F). */
export const ROW_CUSTOMER_KEYS: Record<string, CustomerKey> = {
  K1: new CustomerKey(Buffer.from("1234567890abcdef1234567890abcdef")),
  K2: new CustomerKey(Buffer.from("abcdef1234567890abcdef1234567890")),
};

export function rowCustomerKey(name: string): CustomerKey {
  const key = ROW_CUSTOMER_KEYS[name];
  if (!key) throw new Error(`no customer key ${name}`);
  return key;
}
