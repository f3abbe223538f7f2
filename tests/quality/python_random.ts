// Python's random.Random (MT19937) for the one call GLEU needs, randrange(n): the reference scorer
// samples references with random.Random(0), and drawing the same samples makes our GLEU equal to
// its figure rather than merely close to it.

const N = 624;
const M = 397;

export class PythonRandom {
  private readonly mt = new Uint32Array(N);
  private index = N;

  /** random.Random(seed) for 0 <= seed < 2**32 (CPython seeds with init_by_array([seed])). */
  constructor(seed: number) {
    if (!Number.isInteger(seed) || seed < 0 || seed >= 2 ** 32) {
      throw new RangeError("seed must be a 32-bit unsigned integer");
    }
    const mt = this.mt;
    mt[0] = 19650218;
    for (let i = 1; i < N; i++) mt[i] = Math.imul(1812433253, mt[i - 1]! ^ (mt[i - 1]! >>> 30)) + i;
    let i = 1;
    for (let k = N; k > 0; k--) {
      // The key has one word, so j stays 0.
      mt[i] = (mt[i]! ^ Math.imul(mt[i - 1]! ^ (mt[i - 1]! >>> 30), 1664525)) + seed;
      i += 1;
      if (i >= N) {
        mt[0] = mt[N - 1]!;
        i = 1;
      }
    }
    for (let k = N - 1; k > 0; k--) {
      mt[i] = (mt[i]! ^ Math.imul(mt[i - 1]! ^ (mt[i - 1]! >>> 30), 1566083941)) - i;
      i += 1;
      if (i >= N) {
        mt[0] = mt[N - 1]!;
        i = 1;
      }
    }
    mt[0] = 0x80000000;
  }

  /** random.randrange(n): getrandbits(n.bit_length()) until the draw is below n. */
  randrange(n: number): number {
    if (!Number.isInteger(n) || n < 1 || n >= 2 ** 32) throw new RangeError("randrange needs 1 <= n < 2**32");
    const bits = 32 - Math.clz32(n);
    for (;;) {
      const r = bits === 32 ? this.next() : this.next() >>> (32 - bits);
      if (r < n) return r;
    }
  }

  private next(): number {
    const mt = this.mt;
    if (this.index >= N) {
      for (let k = 0; k < N; k++) {
        const y = (mt[k]! & 0x80000000) | (mt[(k + 1) % N]! & 0x7fffffff);
        mt[k] = mt[(k + M) % N]! ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
      }
      this.index = 0;
    }
    let y = mt[this.index++]!;
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }
}
