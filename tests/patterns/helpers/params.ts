/** Request params that switch an operation's stream on, with stand-in files for its file fields. */
import type { IROperation } from '../../../generator/ir/types.js';
import type { GeneratedPackage } from './package.js';

/** The value of the stream flag that asks for a stream (`true` unless the IR says otherwise). */
export function flagValue(op: IROperation): string | number | boolean | null {
  return op.streaming?.flagValue ?? true;
}

/** Stand-in files for the operation's file fields: `<field>.bin` holding `bytes of <field>`. */
export async function fileParams(pkg: GeneratedPackage, op: IROperation): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const { name, array } of op.multipart?.fileFields ?? []) {
    const one = (i: number) => pkg.toFile(Buffer.from(`bytes of ${name} ${i}`), `${name}-${i}.bin`, { type: 'application/octet-stream' });
    out[name] = array ? [await one(0), await one(1)] : await one(0);
  }
  return out;
}

export async function streamParams(pkg: GeneratedPackage, op: IROperation): Promise<Record<string, unknown>> {
  const flag = op.streaming?.flag;
  return { model: 'test-model', ...(await fileParams(pkg, op)), ...(flag ? { [flag]: flagValue(op) } : {}) };
}
