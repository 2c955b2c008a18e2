import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './passwords';

const cheap = { N: 2 ** 10, r: 8, p: 1 };

describe('password hashes', () => {
  it('verifies the right password only, with a fresh salt every time', async () => {
    const a = await hashPassword('correct horse battery', cheap);
    const b = await hashPassword('correct horse battery', cheap);
    expect(a).not.toBe(b);
    expect(a).toMatch(/^scrypt\$1024\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(await verifyPassword('correct horse battery', a)).toBe(true);
    expect(await verifyPassword('correct horse batterY', a)).toBe(false);
    expect(await verifyPassword('correct horse battery', 'md5$whatever')).toBe(false);
  });

  it('keeps verifying hashes made with another cost', async () => {
    const stronger = await hashPassword('pw pw pw pw pw', { N: 2 ** 11, r: 8, p: 1 });
    expect(await verifyPassword('pw pw pw pw pw', stronger)).toBe(true);
  });
});
